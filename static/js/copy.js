"use strict";
// "Copy" buttons beside text to copy (a citation): hidden without JavaScript, where selecting
// the text does the same. A button names the element to copy in data-copy.
document.querySelectorAll("button[data-copy]").forEach((button) => {
  const source = document.getElementById(button.dataset.copy);
  if (!source || !navigator.clipboard) return;
  const label = button.firstChild.textContent;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(source.textContent.trim());
      button.firstChild.textContent = "Copied";
    } catch (error) {
      button.firstChild.textContent = "Select the text to copy it";
    }
    setTimeout(() => { button.firstChild.textContent = label; }, 2500);
  });
});
