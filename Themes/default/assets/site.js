// Progressive enhancement only: every control works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Put the cursor in the search box as soon as the overlay opens.
  const overlay = document.getElementById("search-overlay");
  if (overlay) {
    overlay.addEventListener("toggle", (event) => {
      if (event.newState === "open") overlay.querySelector("input[type=search]")?.focus();
    });
  }
  // Reflect the popovers' state on the buttons that open them, for assistive technology.
  document.querySelectorAll("[popover]").forEach((panel) => {
    const openers = document.querySelectorAll(`[popovertarget="${panel.id}"]:not([popovertargetaction="hide"])`);
    openers.forEach((button) => button.setAttribute("aria-expanded", "false"));
    panel.addEventListener("toggle", (event) => {
      openers.forEach((button) => button.setAttribute("aria-expanded", String(event.newState === "open")));
    });
  });
});
