// The command sets the UI culture of the thread it runs on (--lang); tests run one at a time so that
// one test's language never leaks into another's.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
