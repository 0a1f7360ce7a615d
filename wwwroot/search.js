// Results pages: a sort or page-size choice applies at once. Without script the form's
// button applies it; with script the button is hidden, since a change already submits.
document.querySelectorAll("form[data-submit-on-change]").forEach(function (form) {
    form.querySelectorAll("button[type=submit]").forEach(function (button) { button.hidden = true; });
    form.addEventListener("change", function (event) {
        if (event.target instanceof HTMLSelectElement) form.requestSubmit();
    });
});
