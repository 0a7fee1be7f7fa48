/// The demo municipality's CSV files (`Sources/ForumStore/Demo/Skovby`), compiled into the
/// program by SwiftPM's `embedInCode`, so that a copied binary builds the demo anywhere.
enum DemoFiles {
    /// The bytes of the file named `name` (`settings.csv`); nil for a file the demo has not.
    static func embedded(_ name: String) -> [UInt8]? {
        switch name {
        case "settings.csv": PackageResources.settings_csv
        case "sectors.csv": PackageResources.sectors_csv
        case "subareas.csv": PackageResources.subareas_csv
        case "laws.csv": PackageResources.laws_csv
        case "users.csv": PackageResources.users_csv
        case "budgets.csv": PackageResources.budgets_csv
        case "offers.csv": PackageResources.offers_csv
        case "waitinglist.csv": PackageResources.waitinglist_csv
        case "placements.csv": PackageResources.placements_csv
        case "requests.csv": PackageResources.requests_csv
        case "youths.csv": PackageResources.youths_csv
        default: nil
        }
    }
}
