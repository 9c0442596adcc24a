// Placeholder: the MarkdownPages module is being written.
