// The import page's job: polls /api/jobs/{id} (the operator's cookie is enough) and shows its progress; when the
// job has finished, the page is loaded again so the server words the result in the page's language.
(() => {
    const status = document.getElementById("job");
    if (!status) {
        return;
    }

    const bar = status.querySelector("progress");
    const poll = async () => {
        const response = await fetch(status.dataset.url, { headers: { Accept: "application/json" } });
        if (!response.ok) {
            return;
        }

        const job = await response.json();
        if (job.state === "succeeded" || job.state === "failed") {
            window.location.reload();
            return;
        }

        bar.max = Math.max(job.total, 1);
        bar.value = job.done;
        setTimeout(poll, 1000);
    };
    setTimeout(poll, 500);
})();
