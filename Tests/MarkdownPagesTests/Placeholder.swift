import Testing

@Test func placeholderMarkdownPages() {}
