import Testing

/// Every test of the real binary, one at a time. These tests wait on child processes and
/// terminals synchronously; running them one after another keeps them from occupying every
/// thread of the test process's small (one per core) cooperative pool, which the in-process
/// console tests need for their effects.
@Suite(.serialized)
enum EndToEnd {}
