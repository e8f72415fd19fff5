// The quotation page's Copy buttons: each copies the citation line beside it. Without this
// script (or a clipboard) the buttons stay hidden and the line is selected and copied by hand.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  if (!navigator.clipboard) return;
  document.querySelectorAll("button.copy").forEach(function (button) {
    var text = button.parentElement.querySelector(".cite-text");
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(text.textContent).then(function () {
        button.textContent = button.dataset.copied;
        setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
  });
});
