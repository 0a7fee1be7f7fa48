import ForumStore
import GRDB

extension StoredYouth: FetchableRecord {}
