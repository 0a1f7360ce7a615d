// The record page's "Copy link" button: hidden in the page (without script it could do nothing),
// shown here, and on a click it puts the permanent address on the clipboard and says so.
(function () {
    for (const button of document.querySelectorAll("button[data-copy]")) {
        const status = button.parentElement.querySelector(".copy-status");
        button.hidden = false;
        button.addEventListener("click", async function () {
            try {
                await navigator.clipboard.writeText(button.dataset.copy);
            } catch {
                // No clipboard (an insecure origin, a refused permission): select the address instead, ready for Ctrl+C.
                const link = document.querySelector("a.permalink");
                if (link) window.getSelection().selectAllChildren(link);
                return;
            }
            if (status) status.textContent = button.dataset.copied;
        });
    }
})();
