using Attain.Data.Store.Rows;
using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Store;

/// <summary>
/// The store: the unit of work and the only way to it (no repositories around it). One model for both
/// databases; <see cref="SqliteAttainDbContext"/> and <see cref="PostgresAttainDbContext"/> exist only so that
/// each provider has its own migrations, because migrations hold provider-specific SQL types.
/// Names are snake_case so that the set-based import SQL reads the same on both databases.
/// </summary>
public abstract class AttainDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<PartnerRow> Partners => Set<PartnerRow>();

    public DbSet<IndividualRow> Individuals => Set<IndividualRow>();

    public DbSet<ExamPassRow> ExamPasses => Set<ExamPassRow>();

    public DbSet<CustomerRow> Customers => Set<CustomerRow>();

    public DbSet<DporRow> Dpor => Set<DporRow>();

    public DbSet<RevenueRow> Revenue => Set<RevenueRow>();

    public DbSet<CatalogVersionRow> CatalogVersions => Set<CatalogVersionRow>();

    public DbSet<SnapshotRow> Snapshots => Set<SnapshotRow>();

    public DbSet<EvaluationRunRow> EvaluationRuns => Set<EvaluationRunRow>();

    public DbSet<PartnerStandingRow> PartnerStandings => Set<PartnerStandingRow>();

    public DbSet<PartnerMembershipRow> PartnerMemberships => Set<PartnerMembershipRow>();

    public DbSet<RunCountRow> RunCounts => Set<RunCountRow>();

    public DbSet<JobRow> Jobs => Set<JobRow>();

    public DbSet<DecisionRow> Decisions => Set<DecisionRow>();

    public DbSet<ImportRow> Imports => Set<ImportRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<PartnerRow>(partner =>
        {
            partner.ToTable("partners");
            partner.HasKey(row => row.PartnerId);
            partner.Property(row => row.Country).HasMaxLength(2);
        });

        modelBuilder.Entity<IndividualRow>(individual =>
        {
            individual.ToTable("individuals");
            individual.HasKey(row => row.IndividualId);
            // partner → individuals
            individual.HasIndex(row => row.PartnerId);
            individual.HasOne<PartnerRow>().WithMany().HasForeignKey(row => row.PartnerId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ExamPassRow>(pass =>
        {
            pass.ToTable("exam_passes");
            // The key leads with the individual: individual → passes is a range scan of the primary key.
            pass.HasKey(row => new { row.IndividualId, row.Exam, row.PassedOn });
            pass.HasOne<IndividualRow>().WithMany().HasForeignKey(row => row.IndividualId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<CustomerRow>(customer =>
        {
            customer.ToTable("customers");
            customer.HasKey(row => row.CustomerId);
        });

        modelBuilder.Entity<DporRow>(dpor =>
        {
            dpor.ToTable("dpor");
            // customer → DPOR is the primary key; partner → DPOR (whose customers' revenue counts) is the index.
            dpor.HasKey(row => new { row.CustomerId, row.From });
            dpor.Property(row => row.From).HasColumnName("from_date");
            dpor.Property(row => row.To).HasColumnName("to_date");
            dpor.HasIndex(row => row.PartnerId);
            dpor.HasOne<CustomerRow>().WithMany().HasForeignKey(row => row.CustomerId).OnDelete(DeleteBehavior.Restrict);
            dpor.HasOne<PartnerRow>().WithMany().HasForeignKey(row => row.PartnerId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<RevenueRow>(revenue =>
        {
            revenue.ToTable("revenue");
            // Revenue by customer and month: the key leads with both.
            revenue.HasKey(row => new { row.CustomerId, row.Month, row.Product });
            revenue.Property(row => row.AmountUsd).HasPrecision(18, 2);
            revenue.HasOne<CustomerRow>().WithMany().HasForeignKey(row => row.CustomerId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<CatalogVersionRow>(version =>
        {
            version.ToTable("catalog_versions");
            version.HasKey(row => row.Id);
            version.HasIndex(row => row.Digest).IsUnique();
        });

        modelBuilder.Entity<SnapshotRow>(snapshot =>
        {
            snapshot.ToTable("snapshots");
            snapshot.HasKey(row => row.Id);
            snapshot.Property(row => row.TtmRevenueUsd).HasPrecision(18, 2);
            // One snapshot per (partner, as-of, catalog version, inputs); it also serves partner → history.
            snapshot.HasIndex(row => new { row.PartnerId, row.AsOf, row.CatalogVersionId, row.InputDigest }).IsUnique();
            snapshot.HasOne<PartnerRow>().WithMany().HasForeignKey(row => row.PartnerId).OnDelete(DeleteBehavior.Restrict);
            snapshot.HasOne<CatalogVersionRow>().WithMany().HasForeignKey(row => row.CatalogVersionId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<EvaluationRunRow>(run =>
        {
            run.ToTable("evaluation_runs");
            run.HasKey(row => row.Id);
            run.HasOne<CatalogVersionRow>().WithMany().HasForeignKey(row => row.CatalogVersionId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PartnerStandingRow>(standing =>
        {
            standing.ToTable("partner_standings");
            // Every index leads with the run: lists read the latest completed run's rows only.
            standing.HasKey(row => new { row.RunId, row.PartnerId });
            standing.HasOne<EvaluationRunRow>().WithMany().HasForeignKey(row => row.RunId).OnDelete(DeleteBehavior.Cascade);
            // The filters (level, market, at-risk) and the summary's counts per level and market.
            standing.HasIndex(row => new { row.RunId, row.Level, row.Market });
            standing.HasIndex(row => new { row.RunId, row.Market });
            // The at-risk list, soonest lapse first.
            standing.HasIndex(row => new { row.RunId, row.AtRisk, row.LapseOn });
            // One index per sortable column, so a page of any sort is an index range scan.
            standing.HasIndex(row => new { row.RunId, row.Name });
            standing.HasIndex(row => new { row.RunId, row.Country });
            standing.HasIndex(row => new { row.RunId, row.LevelRank });
            standing.HasIndex(row => new { row.RunId, row.TtmRevenueCents });
            standing.HasIndex(row => new { row.RunId, row.NextLevel });
            standing.HasIndex(row => new { row.RunId, row.RevenueShortfallCents });
            standing.HasIndex(row => new { row.RunId, row.LapseOn });
            // A search is a substring match no index can seek, but it scans this narrow index instead of the rows
            // (SQLite, 100k partners: 30 ms against 260 ms; the count of a search reads every row of the run).
            standing.HasIndex(row => new { row.RunId, row.SearchKey });
        });

        modelBuilder.Entity<RunCountRow>(count =>
        {
            count.ToTable("run_counts");
            count.HasKey(row => new { row.RunId, row.Level, row.Market, row.AtRisk });
            count.HasOne<EvaluationRunRow>().WithMany().HasForeignKey(row => row.RunId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PartnerMembershipRow>(membership =>
        {
            membership.ToTable("partner_memberships");
            // One row per standing, removed with it: a run is published (and the previous one dropped) in one step.
            membership.HasKey(row => new { row.RunId, row.PartnerId });
            membership.HasOne<PartnerStandingRow>().WithOne().HasForeignKey<PartnerMembershipRow>(row => new { row.RunId, row.PartnerId }).OnDelete(DeleteBehavior.Cascade);
            // The reminders list, soonest first (rows without a reminder have none), the approval queue, the at-risk
            // list by anniversary, each ending with the partner id that breaks ties (a page is a range scan, no sort),
            // and the level and market filters and counts.
            membership.HasIndex(row => new { row.RunId, row.ReminderOn, row.PartnerId });
            membership.HasIndex(row => new { row.RunId, row.PendingDueSince, row.PartnerId });
            membership.HasIndex(row => new { row.RunId, row.AtRisk, row.Anniversary, row.PartnerId });
            membership.HasIndex(row => new { row.RunId, row.HeldLevel, row.Market });
        });

        modelBuilder.Entity<ImportRow>(import =>
        {
            import.ToTable("imports");
            import.HasKey(row => row.Id);
            import.Property(row => row.Name).HasMaxLength(Import.ImportNames.MaxLength);
        });

        modelBuilder.Entity<JobRow>(job =>
        {
            job.ToTable("jobs");
            job.HasKey(row => row.Id);
            // Is a job queued or running? asked before every import and on start-up.
            job.HasIndex(row => row.State);
        });

        modelBuilder.Entity<DecisionRow>(decision =>
        {
            decision.ToTable("membership_decisions");
            decision.HasKey(row => row.Sequence);
            decision.Property(row => row.Sequence).ValueGeneratedOnAdd();
            // partner → its decisions, in log order
            decision.HasIndex(row => new { row.PartnerId, row.Sequence });
            decision.HasOne<PartnerRow>().WithMany().HasForeignKey(row => row.PartnerId).OnDelete(DeleteBehavior.Restrict);
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName() == property.Name)
                {
                    property.SetColumnName(SnakeCase(property.Name));
                }
            }
        }
    }

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((character, index) =>
            char.IsAsciiLetterUpper(character) ? (index > 0 ? "_" : string.Empty) + char.ToLowerInvariant(character) : character.ToString()));
}
