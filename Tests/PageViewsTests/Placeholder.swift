import Testing

@Test func placeholderPageViews() {}
