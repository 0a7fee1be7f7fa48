import ForumStore
import GRDB

extension StoredSectorMonth: FetchableRecord {}
