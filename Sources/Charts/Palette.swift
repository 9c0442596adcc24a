/// The fixed colours of every chart. Every colour used for text, bars, lines or markers has a
/// contrast of at least 4.5:1 against the white background (WCAG 2.2 AA for text).
enum Palette {
    /// The background every chart paints first.
    static let background = "#ffffff"
    /// Body text and axis lines (19.6:1).
    static let text = "#0b0c0c"
    /// Tick labels, threshold labels and threshold lines (7.1:1).
    static let secondaryText = "#505a5f"
    /// Light gridlines; decoration only, never the sole carrier of meaning.
    static let grid = "#d8dcde"
    /// An ordinary bar (5.2:1).
    static let bar = "#1d70b8"
    /// A highlighted bar, which also gets a thick outline (12.4:1).
    static let highlightedBar = "#003078"
    /// The outline of a highlighted bar.
    static let highlightOutline = "#0b0c0c"

    /// Series colours: the Okabe–Ito colour-blind-safe hues, darkened to at least 4.5:1
    /// (blue 5.2, vermilion 5.1, bluish green 5.3, reddish purple 6.1, ochre 6.3,
    /// indigo 12.2, black 19.6).
    static let series = ["#0072b2", "#b84e00", "#007a5a", "#aa3377", "#7a5c00", "#332288", "#0b0c0c"]

    /// Each series colour's lighter twin for the dark scheme (at least 4.5:1 on #161718);
    /// black is drawn as the dark scheme's text colour.
    static let darkSeries = [
        "#0072b2": "#56b4e9", "#b84e00": "#f0a04b", "#007a5a": "#3fc29a",
        "#aa3377": "#e38bbd", "#7a5c00": "#d9b44a", "#332288": "#a99bf0",
    ]

    /// The colour of the series at `index` (the palette repeats).
    static func seriesColour(_ index: Int) -> String {
        series[index % series.count]
    }
}
