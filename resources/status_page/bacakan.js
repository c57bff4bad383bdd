(function () {
  // Read the status aloud, only with a voice for the page's language: never Indonesian in an English voice.
  var b = document.getElementById("bacakan"), s = window.speechSynthesis;
  if (!b || !s || !window.SpeechSynthesisUtterance) return;
  var want = document.documentElement.lang === "en" ? /^en([-_]|$)/i : /^(id|in)([-_]|$)/i;
  var label = b.textContent, voice = null;
  function pick() {
    var all = s.getVoices() || [];
    voice = null;
    for (var i = 0; i < all.length && !voice; i++) if (want.test(all[i].lang || "")) voice = all[i];
    b.hidden = !voice;
  }
  pick();
  if (s.addEventListener) s.addEventListener("voiceschanged", pick); else s.onvoiceschanged = pick;
  b.addEventListener("click", function () {
    if (s.speaking) { s.cancel(); b.textContent = label; return; }
    var u = new SpeechSynthesisUtterance(document.getElementById("ringkasan").innerText);
    u.lang = voice.lang;
    try { u.voice = voice; } catch (e) { /* keep the language alone */ }
    u.onend = u.onerror = function () { b.textContent = label; };
    b.textContent = b.getAttribute("data-stop");
    s.speak(u);
  });
})();
