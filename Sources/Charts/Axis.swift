/// A chart axis: a linear map from the data values `lower...upper` to the pixels
/// `start...end`, the values that get a tick and label, and the drawing of both.
struct Axis {
    /// The data value drawn at `start`.
    var lower: Double
    /// The data value drawn at `end`; greater than `lower`.
    var upper: Double
    /// The pixel coordinate of `lower`.
    var start: Double
    /// The pixel coordinate of `upper` (smaller than `start` for a y axis pointing up).
    var end: Double
    /// The values that get a tick mark, a label and (optionally) a gridline.
    var ticks: [Double]

    /// The font size of tick labels.
    static let tickFontSize = 12.0

    /// The pixel coordinate of `value`, clamped to the axis.
    func position(_ value: Double) -> Double {
        let fraction = (Self.clamp(value, to: lower...upper) - lower) / (upper - lower)
        return start + fraction * (end - start)
    }

    /// `value` limited to `range`; NaN counts as the lower bound.
    static func clamp(_ value: Double, to range: ClosedRange<Double>) -> Double {
        value.isNaN ? range.lowerBound : min(max(value, range.lowerBound), range.upperBound)
    }

    /// `maximum` when it is a usable scale maximum (positive, finite, at most 10^12), else 100.
    static func usableMaximum(_ maximum: Double) -> Double {
        maximum.isFinite && maximum > 0 && maximum <= 1e12 ? maximum : 100
    }

    /// 0, ¼, ½, ¾ and all of `maximum`: 0, 25, 50, 75, 100 for 100.
    static func quarterTicks(of maximum: Double) -> [Double] {
        (0...4).map { maximum * Double($0) / 4 }
    }

    /// Whole years from `first` to `last` (both whole), thinned to every n-th year so that
    /// there are at most 13 ticks.
    static func yearTicks(from first: Double, through last: Double) -> [Double] {
        let step = max(1, ((last - first) / 12).rounded(.up))
        return Array(stride(from: first, through: last, by: step))
    }

    /// A horizontal axis at `y` with the axis line from `from` to `to`, tick marks and labels
    /// below it, and light gridlines up to `gridTop` when given.
    func drawHorizontal(
        into writer: inout SVGWriter, y: Double, from: Double, to: Double,
        gridTop: Double?
    ) {
        if let gridTop {
            for tick in ticks {
                writer.line(x1: position(tick), y1: gridTop, x2: position(tick), y2: y, stroke: Palette.grid)
            }
        }
        writer.line(x1: from, y1: y, x2: to, y2: y, stroke: Palette.text)
        for tick in ticks {
            writer.line(x1: position(tick), y1: y, x2: position(tick), y2: y + 4, stroke: Palette.text)
            tickLabel(tick, into: &writer, x: position(tick), y: y + 18, anchor: .middle)
        }
    }

    /// A vertical axis at `x` with the axis line from `from` to `to`, tick marks and labels to
    /// its left, and light gridlines across to `gridEnd` when given.
    func drawVertical(
        into writer: inout SVGWriter, x: Double, from: Double, to: Double,
        gridEnd: Double?
    ) {
        if let gridEnd {
            for tick in ticks {
                writer.line(x1: x, y1: position(tick), x2: gridEnd, y2: position(tick), stroke: Palette.grid)
            }
        }
        writer.line(x1: x, y1: from, x2: x, y2: to, stroke: Palette.text)
        for tick in ticks {
            writer.line(x1: x - 4, y1: position(tick), x2: x, y2: position(tick), stroke: Palette.text)
            tickLabel(tick, into: &writer, x: x - 7, y: position(tick) + 4, anchor: .end)
        }
    }

    /// The widest estimated tick label, in pixels.
    var widestTickLabel: Double {
        ticks.map { SVGText.width(of: SVGText.number($0), fontSize: Self.tickFontSize) }.max() ?? 0
    }

    private func tickLabel(
        _ tick: Double, into writer: inout SVGWriter, x: Double, y: Double,
        anchor: SVGWriter.Anchor
    ) {
        let label = SVGText.number(tick)
        writer.text(
            SVGText.Wrapped(lines: [label], isTruncated: false), fullText: label, x: x, y: y,
            lineHeight: 0, anchor: anchor, fontSize: Self.tickFontSize, fill: Palette.secondaryText)
    }
}
