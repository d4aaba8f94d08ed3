// Latchkey customer pages: the one optional enhancement. Every page works without it.
// While a new password is typed, it asks the page's own /password/check which rules the
// password breaks and shows the answer under the field.
(function () {
  "use strict";
  var inputs = document.querySelectorAll('input[autocomplete="new-password"]:not([name$="Verify"])');
  Array.prototype.forEach.call(inputs, function (input) {
    var form = input.form;
    var csrf = form && form.querySelector('input[name="csrf"]');
    var base = document.documentElement.getAttribute("data-base");
    if (!csrf || !base) {
      return;
    }
    var hint = document.createElement("p");
    hint.className = "hint";
    hint.id = input.id + "-hint";
    hint.setAttribute("aria-live", "polite");
    input.parentNode.appendChild(hint);
    var described = input.getAttribute("aria-describedby");
    input.setAttribute("aria-describedby", described ? described + " " + hint.id : hint.id);
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (input.value.length === 0) {
          hint.textContent = "";
          return;
        }
        var email = form.querySelector('input[type="email"]');
        var body = new URLSearchParams();
        body.set("csrf", csrf.value);
        body.set("password", input.value);
        if (email) {
          body.set("email", email.value);
        }
        fetch(base + "/password/check", { method: "POST", body: body, credentials: "same-origin" })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (answer) {
            if (answer) {
              hint.textContent = answer.hint;
              hint.classList.toggle("ok", answer.ok);
            }
          })
          .catch(function () { hint.textContent = ""; });
      }, 400);
    });
  });
})();
