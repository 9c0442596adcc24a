import Mustache
import SourceAndOutput

/// The diagnostics ``TemplateSet`` reports about its templates.
enum TemplateDiagnostics {
    /// The error for a template Mustache could not parse, at the tag concerned in the user's
    /// file (whose lines are one less than those Mustache saw after the prepended pragma).
    static func parseError(_ error: Error, in source: TemplateSource, tags: TemplateTags) -> Diagnostic {
        var line = 1, column = 1
        if let parserError = error as? MustacheTemplate.ParserError {
            line = max(1, parserError.context.lineNumber - 1)
            column = parserError.context.columnNumber
        }
        let (message, tag) = explanation(
            of: (error as? MustacheTemplate.ParserError)?.error ?? error,
            at: line, column, tags: tags)
        let location = SourceLocation(file: source.path, line: tag?.line ?? line, column: tag?.column ?? column)
        return Diagnostic(.error, message, at: location)
    }

    /// Warnings for the `{{> name}}` and `{{< name}}` tags of a template naming a template
    /// that is not in the set.
    static func partialReferences(
        in source: TemplateSource, tags: TemplateTags,
        loaded: Set<String>, broken: Set<String>
    ) -> [Diagnostic] {
        tags.tags.compactMap { tag in
            guard let name = tag.partialName, !loaded.contains(name) else { return nil }
            let problem = broken.contains(name) ? "could not be parsed" : "does not exist"
            return Diagnostic(
                .warning, "partial '\(name)' \(problem); it renders as nothing",
                at: SourceLocation(file: source.path, line: tag.line, column: tag.column))
        }
    }

    /// A sentence saying what is wrong, and the tag to point at (nil: Mustache's position).
    private static func explanation(
        of error: Error, at line: Int, _ column: Int,
        tags: TemplateTags
    ) -> (String, TemplateTag?) {
        let index = tags.lastTag(atOrBefore: line, column)
        let tag = index.map { tags.tags[$0] }
        guard let error = error as? MustacheTemplate.Error else {
            // Mustache's reader ran out of text inside a tag (the last one).
            return ("the template ends inside a tag that is never closed", tag)
        }
        switch error {
        case .sectionCloseNameIncorrect:
            guard let index, let tag, tag.sigil == "/" else {
                return ("a closing tag does not match the section it closes", tag)
            }
            guard let open = tags.openSections(before: index).last else {
                return ("closing tag '\(tag.name)' has no open section to close", tag)
            }
            return ("section '\(open.name)' opened on line \(open.line) is closed by '\(tag.name)'", tag)
        case .expectedSectionEnd:
            guard let open = tags.openSections().last else { return ("a section is never closed", tag) }
            return ("section '\(open.name)' is never closed: add '{{/\(open.name)}}' where it ends", open)
        case .unfinishedName:
            return (
                "malformed tag: the name must be followed by '}}' ('}}}' after '{{{'), "
                    + "and may contain only letters, digits and . - _ ? *", tag
            )
        case .invalidSetDelimiter:
            return ("malformed set-delimiter tag: write it like '{{=<% %>=}}'", tag)
        case .transformAppliedToInheritanceSection:
            return ("a block ('{{$name}}') cannot apply a transform such as 'uppercase(name)'", tag)
        case .illegalTokenInsideInheritSection:
            let parent = index.flatMap { tags.openSections(before: $0).last }
            return (
                "a parent template call ('{{<\(parent?.name ?? "name")}}') may contain only block "
                    + "definitions ('{{$block}}…{{/block}}')", parent ?? tag
            )
        case .textInsideInheritSection:
            return (
                "text is not allowed directly inside a parent template call ('{{<name}}'); "
                    + "put it in a block ('{{$block}}…{{/block}}')", tag
            )
        case .invalidConfigVariableSyntax:
            return ("malformed pragma: write it like '{{% CONTENT_TYPE: MARKDOWN }}'", tag)
        case .unrecognisedConfigVariable:
            let what = tag.map { " '\($0.name)'" } ?? ""
            return (
                "unknown pragma or content type\(what): the pragma is CONTENT_TYPE, "
                    + "with MARKDOWN, HTML or TEXT", tag
            )
        }
    }
}
