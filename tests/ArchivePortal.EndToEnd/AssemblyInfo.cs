// One browser journey at a time: two portals and two Chromiums at once on a two-core machine push
// steps past their timeouts, and the journeys measure the portal, not the scheduler.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
