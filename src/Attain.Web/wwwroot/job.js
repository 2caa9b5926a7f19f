// The import page of a running job: loaded again every second, so the server shows the job's progress and, once it
// has finished, its result in the page's language. The page, not /api/jobs/{jobId}: the API takes tokens only, not
// the pages' cookie.
(() => {
    if (document.getElementById("job")) {
        setTimeout(() => window.location.reload(), 1000);
    }
})();
