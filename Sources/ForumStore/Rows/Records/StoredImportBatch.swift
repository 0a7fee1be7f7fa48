import ForumCore

/// A row of `import_batch`.
package struct StoredImportBatch: Decodable, Sendable {
    package var id: Int64
    package var fileName: String
    package var importedAt: Int64
    package var importedBy: String
    package var firstPosting: Int64?
    package var lastPosting: Int64?

    enum CodingKeys: String, CodingKey {
        case id
        case fileName = "file_name", importedAt = "imported_at", importedBy = "imported_by", firstPosting = "first_posting"
        case lastPosting = "last_posting"
    }

    package var batch: ImportBatch {
        ImportBatch(id: id, fileName: fileName, importedAt: Timestamp(secondsSinceEpoch: importedAt), importedBy: importedBy,
                    postings: firstPosting.flatMap { first in lastPosting.map { first...max(first, $0) } })
    }
}
