import GRDB

/// Migration `v4-capacity`: an offer's occupancy becomes its placements (DOMAIN §7).
enum CapacitySchema {
    /// Drops the typed occupancy counts, which could disagree with the placements, and gives a
    /// placement what it needs to stand alone: units, the tariff in force, the payer and a chief's
    /// override reason. A placement made before keeps its offer's tariff and sector as payer. A
    /// waiting entry gets the units the case needs.
    ///
    /// A database from before held counts that no placement explains; they cannot become
    /// placements (no case stands behind them), so its offers read as empty until a placements
    /// file is imported (docs/formats.md).
    static func placementsAreOccupancy(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE offer DROP COLUMN occupied;
            ALTER TABLE offer DROP COLUMN occupied_cross_sector;

            ALTER TABLE placement ADD COLUMN units INTEGER NOT NULL DEFAULT 1 CHECK (units >= 1);
            ALTER TABLE placement ADD COLUMN base_tariff_ore INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE placement ADD COLUMN service_tariff_ore INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE placement ADD COLUMN special_tariff_ore INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE placement ADD COLUMN payer TEXT NOT NULL DEFAULT '';
            ALTER TABLE placement ADD COLUMN override_reason TEXT;
            UPDATE placement SET
                base_tariff_ore = (SELECT base_tariff_ore FROM offer WHERE offer.id = placement.offer_id),
                service_tariff_ore = (SELECT service_tariff_ore FROM offer WHERE offer.id = placement.offer_id),
                special_tariff_ore = (SELECT special_tariff_ore FROM offer WHERE offer.id = placement.offer_id),
                payer = (SELECT sector_code || '=1' FROM offer WHERE offer.id = placement.offer_id);
            CREATE INDEX placement_offer ON placement(offer_id);
            CREATE INDEX commitment_placement ON commitment(placement_id);

            ALTER TABLE waiting_entry ADD COLUMN units INTEGER NOT NULL DEFAULT 1 CHECK (units >= 1);
            """)
    }
}
