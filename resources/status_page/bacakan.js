(function () {
  var b = document.getElementById("bacakan"), s = window.speechSynthesis;
  if (!b || !s || !window.SpeechSynthesisUtterance) return;
  var label = b.textContent;
  b.hidden = false;
  b.addEventListener("click", function () {
    if (s.speaking) { s.cancel(); b.textContent = label; return; }
    var u = new SpeechSynthesisUtterance(document.getElementById("ringkasan").innerText);
    u.lang = document.documentElement.lang === "en" ? "en-US" : "id-ID";
    u.onend = u.onerror = function () { b.textContent = label; };
    b.textContent = b.getAttribute("data-stop");
    s.speak(u);
  });
})();
