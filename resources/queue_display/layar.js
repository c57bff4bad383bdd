// Live hall display: each call shown large, a chime, then the Indonesian sentence spoken by the browser.
(function () {
  "use strict";
  var body = document.body;
  var button = document.getElementById("suara");
  var sound = false;
  var audio = null;
  button.addEventListener("click", function () {
    sound = !sound;
    button.setAttribute("aria-pressed", String(sound));
    if (sound) {
      button.dataset.off = button.dataset.off || button.textContent;
      button.textContent = button.dataset.on;
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
    } else {
      button.textContent = button.dataset.off;
    }
  });
  function chime(then) {
    if (!audio) { then(); return; }
    var start = audio.currentTime;
    [659.25, 523.25].forEach(function (freq, i) {
      var osc = audio.createOscillator(), gain = audio.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, start + i * 0.45);
      gain.gain.exponentialRampToValueAtTime(0.4, start + i * 0.45 + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.45 + 0.9);
      osc.connect(gain).connect(audio.destination);
      osc.start(start + i * 0.45);
      osc.stop(start + i * 0.45 + 1);
    });
    setTimeout(then, 1300);
  }
  function say(text) {
    if (!window.speechSynthesis || !text) { return; }
    var u = new SpeechSynthesisUtterance(text);
    u.lang = "id-ID";
    u.rate = 0.9;
    var voices = window.speechSynthesis.getVoices().filter(function (v) { return /^id/i.test(v.lang); });
    if (voices.length) { u.voice = voices[0]; }
    window.speechSynthesis.speak(u);
  }
  var pending = [];
  var busy = false;
  function next() {
    if (busy || !pending.length) { return; }
    busy = true;
    var call = pending.shift();
    var list = document.getElementById("sebelumnya");
    var number = document.getElementById("nomor"), desk = document.getElementById("loket");
    if (call.kind === "call" && number.textContent !== "\u2014") {
      var li = document.createElement("li");
      li.innerHTML = '<span class="n"></span> <span class="d"></span>';
      li.firstChild.textContent = number.textContent;
      li.lastChild.textContent = desk.parentNode.firstElementChild.textContent + " " + desk.textContent;
      list.insertBefore(li, list.firstChild);
      while (list.children.length > 6) { list.removeChild(list.lastChild); }
    }
    number.textContent = call.number;
    desk.textContent = call.desk;
    var now = number.parentNode;
    now.classList.remove("flash");
    void now.offsetWidth;
    now.classList.add("flash");
    if (typeof call.waiting === "number") { document.getElementById("menunggu").textContent = call.waiting; }
    var done = function () { busy = false; setTimeout(next, 400); };
    if (sound) {
      chime(function () { say(call.spoken); setTimeout(done, 3500); });
    } else {
      done();
    }
  }
  if (!window.EventSource) { setTimeout(function () { location.reload(); }, 20000); return; }
  var url = "layar/events?mpp=" + encodeURIComponent(body.dataset.mpp) + "&after=" + body.dataset.seq;
  var source = new EventSource(url);
  function onCall(e) { pending.push(JSON.parse(e.data)); next(); }
  source.addEventListener("call", onCall);
  source.addEventListener("recall", onCall);
})();
