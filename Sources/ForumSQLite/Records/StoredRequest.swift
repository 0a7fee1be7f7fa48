import ForumCore
import ForumStore
import GRDB

extension StoredRequest: FetchableRecord {}

extension StoredAlternative: FetchableRecord {}
