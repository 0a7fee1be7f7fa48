import Foundation
import ForumCore
import ForumStore
import PostgresNIO

/// Where and as whom to connect, from a `postgres://` URL (postgres-nio parses no URLs):
///
/// - `postgres://USER:PASSWORD@HOST:PORT/DB`: TCP; TLS unless the host is this machine
///   (`?sslmode=disable|prefer|require` says otherwise).
/// - `postgres:///DB?host=/socket/dir`: the server's socket in that folder, logged in by peer
///   authentication as the OS user (no password), as `psql` does.
struct PostgresAddress: Sendable {
    enum Endpoint: Sendable, Equatable {
        case tcp(host: String, port: Int)
        case socket(path: String)
    }

    enum TLSMode: String, Sendable {
        case disable, prefer, require
    }

    var endpoint: Endpoint
    var username: String
    var password: String?
    var database: String
    var tls: TLSMode
    /// What messages call the location: the URL without its password.
    var description: String
    /// Startup parameters for every connection (the tests' `search_path`).
    var startupParameters: [(String, String)] = []

    init(url: String, login: String = Identity.currentLogin()) throws {
        description = BackendLocation.postgres(url: url).description
        guard let components = URLComponents(string: url),
              let scheme = components.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql" else {
            throw StoreError.badLocation(description, reason: Strings.postgresURLUnreadable)
        }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.isEmpty, !path.contains("/") else {
            throw StoreError.badLocation(description, reason: Strings.postgresURLNoDatabase)
        }
        database = path.removingPercentEncoding ?? path
        username = components.user.flatMap { $0.isEmpty ? nil : $0 } ?? query["user"] ?? login
        password = components.password ?? query["password"]
        let port = components.port ?? 5432
        if let folder = query["host"], folder.hasPrefix("/") {
            endpoint = .socket(path: folder + "/.s.PGSQL.\(port)")
        } else if let host = components.host.flatMap({ $0.isEmpty ? nil : $0 }) ?? query["host"] {
            endpoint = .tcp(host: host, port: port)
        } else {
            endpoint = .socket(path: "/run/postgresql/.s.PGSQL.\(port)")
        }
        if let mode = query["sslmode"] {
            guard let tls = TLSMode(rawValue: mode) else {
                throw StoreError.badLocation(description, reason: Strings.postgresURLBadSSLMode(mode))
            }
            self.tls = tls
        } else {
            tls = endpoint.isLocal ? .disable : .require
        }
    }

    var clientConfiguration: PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        switch endpoint {
        case .tcp(let host, let port):
            configuration = .init(host: host, port: port, username: username, password: password, database: database,
                                  tls: clientTLS)
        case .socket(let path):
            configuration = .init(unixSocketPath: path, username: username, password: password, database: database)
        }
        configuration.options.additionalStartupParameters = startupParameters
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.maximumConnections = 8
        return configuration
    }

    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        switch endpoint {
        case .tcp(let host, let port):
            configuration = .init(host: host, port: port, username: username, password: password, database: database,
                                  tls: try connectionTLS())
        case .socket(let path):
            configuration = .init(unixSocketPath: path, username: username, password: password, database: database)
        }
        configuration.options.additionalStartupParameters = startupParameters
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }

    private var clientTLS: PostgresClient.Configuration.TLS {
        switch tls {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
    }

    private func connectionTLS() throws -> PostgresConnection.Configuration.TLS {
        switch tls {
        case .disable: .disable
        case .prefer: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }
}

extension PostgresAddress.Endpoint {
    /// A socket or a loopback address: no network between client and server, so no TLS by default.
    var isLocal: Bool {
        switch self {
        case .socket: true
        case .tcp(let host, _): ["127.0.0.1", "::1", "[::1]", "localhost"].contains(host.lowercased())
        }
    }
}
