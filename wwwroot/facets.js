// Enhancements of the facets; every page works without them.
// - "All N values" in the results' sidebar opens the facet's page in a dialog instead of leaving the results.
// - The facet page's name box (on its page or in the dialog) filters as one types, with the same GET request
//   its Filter button sends; the order and page links load in place.
"use strict";
(() => {
  /** Fetches a facet page and returns its .facet-page section, or null when the answer is not one. */
  async function load(url) {
    const response = await fetch(url, { headers: { Accept: "text/html" } });
    if (!response.ok) return null;
    return new DOMParser().parseFromString(await response.text(), "text/html").querySelector(".facet-page");
  }

  /** Makes a facet page's form, order links and pager work in place inside `host` (the page's main or a dialog). */
  function enhance(section, host, onUrl) {
    const form = section.querySelector("form.facet-filter");
    const box = form?.querySelector("input[name=fq]");
    let timer = 0, latest = 0;

    async function show(url, keepFocus) {
      const asked = ++latest;
      const next = await load(url);
      if (!next || asked !== latest) return; // a later keystroke's answer wins
      const values = section.querySelector(".facet-page-values");
      values.replaceWith(next.querySelector(".facet-page-values"));
      section.querySelector(".facet-order").replaceWith(next.querySelector(".facet-order"));
      const order = next.querySelector("form.facet-filter input[name=order]");
      form.querySelector("input[name=order]")?.remove();
      if (order) form.append(order);
      onUrl(url);
      // The link clicked was replaced: focus goes to the new count, which says what is shown now.
      if (!keepFocus) {
        const status = section.querySelector(".facet-page-values [role=status]");
        status?.setAttribute("tabindex", "-1");
        status?.focus();
      }
    }

    function formUrl() {
      const params = new URLSearchParams(new FormData(form));
      if (!params.get("fq")) params.delete("fq");
      return form.getAttribute("action") + "?" + params.toString();
    }

    box?.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => show(formUrl(), true), 250);
    });
    form?.addEventListener("submit", (e) => { e.preventDefault(); clearTimeout(timer); show(formUrl(), true); });
    section.addEventListener("click", (e) => {
      const link = e.target.closest(".facet-order a, .pager a");
      if (!link || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      show(link.getAttribute("href"), false);
    });
  }

  /** The facet's page in a modal dialog over the results; Escape or Close returns to the "All N values" link. */
  async function openDialog(link) {
    const section = await load(link.getAttribute("href"));
    if (!section) { location.href = link.href; return; }
    const dialog = document.createElement("dialog");
    dialog.className = "facet-dialog";
    dialog.setAttribute("aria-labelledby", "facet-page-title");
    const close = document.createElement("button");
    close.type = "button";
    close.className = "facet-dialog-close";
    close.textContent = link.dataset.closeText || "×";
    close.addEventListener("click", () => dialog.close());
    section.querySelector(".facet-back")?.remove(); // the dialog closes instead
    dialog.append(close, section);
    dialog.addEventListener("close", () => { dialog.remove(); link.focus(); });
    document.body.append(dialog);
    enhance(section, dialog, () => {});
    dialog.showModal();
    section.querySelector("input[name=fq]")?.focus();
  }

  document.addEventListener("click", (e) => {
    const link = e.target.closest("a[data-facet-dialog]");
    if (!link || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0 || typeof HTMLDialogElement !== "function") return;
    e.preventDefault();
    openDialog(link);
  });

  const page = document.querySelector("main .facet-page");
  if (page) enhance(page, page, (url) => history.replaceState(null, "", url));
})();
