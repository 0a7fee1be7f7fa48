import ForumStore
import GRDB

extension StoredTarget: FetchableRecord {}
