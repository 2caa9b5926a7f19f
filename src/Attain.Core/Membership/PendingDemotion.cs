using Attain.Core.Model;

namespace Attain.Core.Membership;

/// <summary>
/// A demotion due since <see cref="DueSince"/> (the day after the renewal window closed) from <see cref="From"/> to
/// <see cref="To"/> (null: no level), waiting for the operator (SPEC §6). <see cref="DeferredUntil"/> is set while a
/// deferral holds it back.
/// </summary>
public sealed record PendingDemotion(LevelId From, LevelId? To, DateOnly DueSince, DateOnly? DeferredUntil);
