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
    // An open panel keeps the focus: the rest of the page is inert until it closes. Undone in
    // beforetoggle, not toggle, so the page is live again when the browser returns the focus.
    panel.addEventListener("beforetoggle", (event) => {
      const open = event.newState === "open";
      for (const other of document.body.children) {
        if (other !== panel && other.tagName !== "SCRIPT") other.inert = open;
      }
    });
    // Tab past the last control comes back to the first, and Shift+Tab the other way.
    panel.addEventListener("keydown", (event) => {
      if (event.key !== "Tab") return;
      const controls = Array.from(panel.querySelectorAll("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])"))
        .filter((control) => !control.disabled && control.offsetParent !== null);
      if (controls.length === 0) return;
      const first = controls[0], last = controls[controls.length - 1];
      if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
      else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
    });
    panel.addEventListener("toggle", (event) => {
      openers.forEach((button) => button.setAttribute("aria-expanded", String(event.newState === "open")));
    });
  });
  document.querySelectorAll("input[data-typeahead]").forEach(attachTypeahead);
  // Count the read where a CDN answered for the origin; a read the origin saw already counts nothing.
  const read = document.querySelector("[data-read-beacon]");
  if (read && navigator.sendBeacon) navigator.sendBeacon(read.dataset.readBeacon);
  // Copy-link and print need a script, so they are shown only when it runs.
  document.querySelectorAll("[data-copy-link]").forEach((button) => {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", async () => {
      await navigator.clipboard.writeText(button.dataset.copyLink);
      const label = button.textContent;
      button.textContent = button.dataset.copied;
      setTimeout(() => { button.textContent = label; }, 2000);
    });
  });
  document.querySelectorAll("[data-print]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  });
});

// Type-ahead for search boxes (the ARIA combobox pattern): headlines and tags from
// /api/v1/suggest as the reader types; arrows move, Enter opens, Escape closes. Without
// JavaScript the box is a plain search field.
function attachTypeahead(input) {
  const list = document.createElement("ul");
  list.id = `${input.id}-suggestions`;
  list.className = "typeahead-list";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "اقتراحات البحث");
  list.hidden = true;
  const wrapper = document.createElement("div");
  wrapper.className = "typeahead";
  input.parentNode.insertBefore(wrapper, input);
  wrapper.append(input, list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  let timer = 0;
  let latest = 0;
  let active = -1;
  const options = () => Array.from(list.querySelectorAll("[role=option]"));
  const close = () => {
    // Answers still on their way are stale now: a slow one must not reopen the list.
    clearTimeout(timer);
    latest += 1;
    list.hidden = true;
    list.replaceChildren();
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };
  const select = (index) => {
    const all = options();
    if (all.length === 0) return;
    active = (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
    input.setAttribute("aria-activedescendant", all[active].id);
  };
  const show = (suggestions) => {
    list.replaceChildren();
    active = -1;
    suggestions.forEach((suggestion, index) => {
      const option = document.createElement("li");
      option.id = `${list.id}-${index}`;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      const link = document.createElement("a");
      link.href = suggestion.path;
      link.tabIndex = -1;
      const kind = document.createElement("span");
      kind.className = "typeahead-kind";
      kind.textContent = suggestion.kind === "tag" ? "وسم" : "خبر";
      link.append(kind, document.createTextNode(suggestion.text));
      option.append(link);
      list.append(option);
    });
    list.hidden = suggestions.length === 0;
    input.setAttribute("aria-expanded", String(suggestions.length > 0));
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) { close(); return; }
    timer = setTimeout(async () => {
      const request = ++latest;
      try {
        const response = await fetch(`/api/v1/suggest?q=${encodeURIComponent(text)}`, { headers: { Accept: "application/json" } });
        const suggestions = response.ok ? (await response.json()).suggestions : null;
        // A later keystroke, Escape or leaving the box since this request was sent outdates it.
        if (suggestions && request === latest) show(suggestions);
      } catch {
        if (request === latest) close();
      }
    }, 150);
  });
  input.addEventListener("keydown", (event) => {
    if (list.hidden) return;
    if (event.key === "ArrowDown") { event.preventDefault(); select(active + 1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); select(active - 1); }
    else if (event.key === "Escape") { event.preventDefault(); close(); }
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.assign(options()[active].querySelector("a").href);
    }
  });
  // Pressing an option must not take the focus from the box: the blur would close the list before
  // a slow click is released, and the click would land on whatever lay under it.
  list.addEventListener("mousedown", (event) => event.preventDefault());
  input.addEventListener("blur", () => setTimeout(close, 200));
}
