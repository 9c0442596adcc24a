import CompactCoding

// The compact forms of a set's compiled form (``TemplateSet/Compiled``), which a build keeps
// in its cache: read without `Codable`'s containers (a JSON form took as long to read as the
// templates take to parse). The table of templates by name is written as their names,
// sorted, then each template in that order.

extension TemplateSet.Compiled: CompactCodable {
    public init(compact reader: CompactReader) throws {
        names = try reader.read()
        let templateNames: [String] = try reader.read()
        var templates: [String: CompiledTemplate?] = [:]
        for name in templateNames { templates.updateValue(try reader.readIfPresent(), forKey: name) }
        self.templates = templates
        compiledNames = try reader.read()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(names)
        let templateNames = templates.keys.sorted()
        try writer.write(templateNames)
        for name in templateNames { try writer.writeIfPresent(templates[name] ?? nil) }
        try writer.write(compiledNames)
    }
}

/// Its names in the order of their numbers, then the numbers.
extension TemplateNames: CompactCodable {
    init(compact reader: CompactReader) throws {
        let names: [String] = try reader.read()
        let numbers: [Int] = try reader.read()
        guard names.count == numbers.count else { throw reader.damaged("names and numbers apart") }
        self.init(Dictionary(zip(names, numbers), uniquingKeysWith: { first, _ in first }))
    }

    func write(compact writer: CompactWriter) throws {
        let numbered = numbered
        try writer.write(numbered.map(\.name))
        try writer.write(numbered.map(\.number))
    }
}

/// Its tables in declaration order; its text (UTF-8, as every template's) as a string.
extension CompiledTemplate: CompactCodable {
    convenience init(compact reader: CompactReader) throws {
        self.init(
            tokens: try reader.read(), text: Array(try reader.read(String.self).utf8), names: try reader.read(),
            bodies: try reader.read(), partials: try reader.read(), escapings: try reader.read())
    }

    func write(compact writer: CompactWriter) throws {
        try writer.write(tokens)
        try writer.write(String(decoding: text, as: UTF8.self))
        try writer.write(names)
        try writer.write(bodies)
        try writer.write(partials)
        try writer.write(escapings)
    }
}

/// Its case's number, then its values.
extension CompiledTemplate.Token: CompactCodable {
    init(compact reader: CompactReader) throws {
        switch try reader.read(Int.self) {
        case 0: self = .text(try reader.read(Int.self)..<reader.read(Int.self))
        case 1: self = .variable(try reader.read(), escaped: try reader.read())
        case 2: self = .section(try reader.read(), body: try reader.read(), inverted: try reader.read())
        case 3: self = .partial(try reader.read())
        case 4: self = .contentType(try reader.read())
        default: throw reader.damaged("not a token")
        }
    }

    func write(compact writer: CompactWriter) throws {
        switch self {
        case .text(let range): for value in [0, range.lowerBound, range.upperBound] { try writer.write(value) }
        case .variable(let name, let escaped):
            try writer.write(1)
            try writer.write(name)
            try writer.write(escaped)
        case .section(let name, let body, let inverted):
            for value in [2, name, body] { try writer.write(value) }
            try writer.write(inverted)
        case .partial(let partial): for value in [3, partial] { try writer.write(value) }
        case .contentType(let escaping): for value in [4, escaping] { try writer.write(value) }
        }
    }
}

/// Its fields in declaration order.
extension CompiledTemplate.Name: CompactCodable {
    init(compact reader: CompactReader) throws {
        anchored = try reader.read()
        path = try reader.read()
        transforms = try reader.read()
        readsPosition = try reader.read()
    }

    func write(compact writer: CompactWriter) throws {
        try writer.write(anchored)
        try writer.write(path)
        try writer.write(transforms)
        try writer.write(readsPosition)
    }
}

/// Its name, then its indentation (UTF-8) as a string when it has one.
extension CompiledTemplate.Partial: CompactCodable {
    init(compact reader: CompactReader) throws {
        name = try reader.read()
        indentation = try reader.readIfPresent(String.self).map { Array($0.utf8) }
    }

    func write(compact writer: CompactWriter) throws {
        try writer.write(name)
        try writer.writeIfPresent(indentation.map { String(decoding: $0, as: UTF8.self) })
    }
}

/// Its kind's name (``Escaping/kind``).
extension Escaping: CompactCodable {
    init(compact reader: CompactReader) throws {
        guard let escaping = Escaping(kind: try reader.read()) else { throw reader.damaged("an escaping not kept") }
        self = escaping
    }

    func write(compact writer: CompactWriter) throws {
        guard let kind else {
            throw EncodingError.invalidValue(kind as Any, .init(codingPath: [], debugDescription: "not kept"))
        }
        try writer.write(kind)
    }
}
