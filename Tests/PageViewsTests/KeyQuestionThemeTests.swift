import PageViews
import Testing

@Suite struct KeyQuestionThemeTests {
    /// Each theme's lowercase name is its name lowercased, as the charts' summaries wrote it.
    @Test func lowercasedNamesAreTheNamesLowercased() {
        for theme in KeyQuestionTheme.allCases {
            #expect(theme.lowercasedName == theme.rawValue.lowercased())
        }
        #expect(KeyQuestionTheme.safety.lowercasedName == "keeping other people safe")
    }
}
