import PageViews
import Testing

@Suite struct SlugTests {
    @Test func namesBecomeLowerCaseHyphenatedASCII() {
        #expect(Slug.make("Leicester, Leicestershire, and Rutland") == "leicester-leicestershire-and-rutland")
        #expect(Slug.make("Brighton and East Sussex") == "brighton-and-east-sussex")
        #expect(Slug.make("Kent, Surrey & Sussex") == "kent-surrey-and-sussex")
        #expect(Slug.make("  Yorkshire and the Humber  ") == "yorkshire-and-the-humber")
        #expect(Slug.make("Crème Brûlée Ålesund") == "creme-brulee-alesund")
        #expect(Slug.make("Women's Estate") == "womens-estate")
    }

    @Test func nothingInASlugCanLeaveTheOutputFolder() {
        for hostile in [
            "../../etc/passwd", "/root", "..", ".", "a/../../b", "C:\\Windows", "%2e%2e%2f", "\u{0}x", "<script>",
        ] {
            let slug = Slug.make(hostile)
            #expect(
                slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" },
                "\(hostile) -> \(slug)")
            #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"))
        }
        #expect(Slug.make("../../etc/passwd") == "etc-passwd")
        #expect(Slug.make("") == "unnamed")
        #expect(Slug.make("!!!", fallback: "x") == "x")
    }

    @Test func longNamesAreCutAtAHyphen() {
        let slug = Slug.make(String(repeating: "probation delivery ", count: 20))
        #expect(slug.count <= Slug.maximumLength)
        #expect(!slug.hasSuffix("-"))
        #expect(slug.hasSuffix("delivery") || slug.hasSuffix("probation"))
    }

    /// An ASCII name's slug, made on its bytes with `&` read where it stands, is the slug
    /// of the name with every `&` replaced by " and " first (the rule as written), in lower
    /// case, each run of other bytes one hyphen, cut at a hyphen past the longest.
    @Test func asciiSlugsAreTheRuleWithAmpersandsReplacedFirst() {
        func byTheRule(_ name: String) -> String {
            var slug = ""
            var pendingHyphen = false
            for character in name.replacing("&", with: " and ").lowercased() {
                if character.isASCII, character.isLetter || character.isNumber {
                    if pendingHyphen && !slug.isEmpty { slug.append("-") }
                    pendingHyphen = false
                    slug.append(character)
                } else if character != "'" {
                    pendingHyphen = true
                }
            }
            if slug.count > Slug.maximumLength {
                let cut = slug.prefix(Slug.maximumLength)
                slug = cut.lastIndex(of: "-").map { String(cut[..<$0]) } ?? String(cut)
            }
            return slug.isEmpty ? "unnamed" : slug
        }
        let names = [
            "Kent, Surrey & Sussex", "&", "&&", "A&B", "&Leeds", "Leeds&", "R&D's", "Women's & Men's", "'&'",
            "Bradford & Calderdale & Kirklees", "  & x", "HM Inspectorate of Probation - 2024/05 (v2)",
            String(repeating: "ab&", count: 40), String(repeating: "x", count: 79) + "&y",
            String(repeating: "y", count: 120), "",
        ]
        for name in names { #expect(Slug.make(name) == byTheRule(name), "\(name)") }
        #expect(Slug.make("A&B") == "a-and-b")
        #expect(Slug.make("R&D's") == "r-and-ds")
        #expect(Slug.make(String(repeating: "x", count: 79) + "&y") == String(repeating: "x", count: 79))
    }

    @Test func uniqueSlugsAreSuffixedInOrder() {
        #expect(Slug.unique(["York", "york", "YORK", "Leeds"]) == ["york", "york-2", "york-3", "leeds"])
    }
}

@Suite struct RelativePathTests {
    @Test func linksAreRelativeToThePage() {
        #expect(RelativePath.link(from: "pdus/leeds.md", to: "source/leeds-2024.txt") == "../source/leeds-2024.txt")
        #expect(RelativePath.link(from: "index.md", to: "regions/east-midlands.md") == "regions/east-midlands.md")
        #expect(RelativePath.link(from: "pdus/leeds.md", to: "pdus/york.md") == "york.md")
        #expect(RelativePath.link(from: "regions/a.md", to: "index.md") == "../index.md")
        #expect(RelativePath.link(from: "a/b/c.md", to: "a/d/e.md") == "../d/e.md")
        #expect(
            RelativePath.link(from: "trends.md", to: "charts/scores-over-time.svg") == "charts/scores-over-time.svg")
    }

    /// The one-pass link is the link made folder by folder (the paths split at `/`, the
    /// leading folders both share dropped, a `..` for each other folder of the page), between
    /// every two of the paths of the example site's kinds and of paths that share a prefix
    /// but not a folder, or have empty folders.
    @Test func linksAreThoseMadeFolderByFolder() {
        func folderByFolder(from page: String, to target: String) -> String {
            var from = page.split(separator: "/", omittingEmptySubsequences: false).dropLast()[...]
            var to = target.split(separator: "/", omittingEmptySubsequences: false)[...]
            while let a = from.first, let b = to.first, to.count > 1, a.utf8.elementsEqual(b.utf8) {
                from = from.dropFirst()
                to = to.dropFirst()
            }
            return (Array(repeating: "..", count: from.count) + to.map(String.init)).joined(separator: "/")
        }
        let paths = [
            "", "index.md", "index.html", "pdus/leeds.md", "pdus/leeds.html", "pdus/york.md", "pdus-2/leeds.md",
            "pdu/leeds.md", "source/leeds-2024.txt", "source/leeds-2024.html", "regions/east-midlands.md",
            "regions/east.md", "charts/scores-over-time.svg", "a/b/c.md", "a/d/e.md", "a/bc/d.md", "ab/c.md", "a//b.md",
            "a/", "/a.md", "a/b/", "caf\u{E9}/b.md", "caf\u{E9}s/b.md",
        ]
        for page in paths {
            for target in paths {
                #expect(
                    RelativePath.link(from: page, to: target) == folderByFolder(from: page, to: target),
                    "\(page) \(target)")
            }
        }
    }
}

@Suite struct NumbersTests {
    @Test func numbersHaveOneFixedFormat() {
        #expect(Numbers.oneDecimal(33.333) == "33.3")
        #expect(Numbers.oneDecimal(40) == "40.0")
        #expect(Numbers.oneDecimal(26.25) == "26.3")
        #expect(Numbers.oneDecimal(-7.407) == "−7.4")
        #expect(Numbers.oneDecimal(-0.01) == "0.0")
        #expect(Numbers.grouped(266460) == "266,460")
        #expect(Numbers.grouped(1325) == "1,325")
        #expect(Numbers.grouped(543) == "543")
        #expect(Numbers.grouped(1_000_000) == "1,000,000")
        #expect(Numbers.median([23, 35, 23, 25]) == 24)
        #expect(Numbers.median([3, 1, 2]) == 2)
        #expect(Numbers.mean([23, 35, 23, 25]) == 26.5)
        #expect(Numbers.mean([]) == nil)
        #expect(Numbers.count(1, "PDU") == "1 PDU")
        #expect(Numbers.count(2, "PDU") == "2 PDUs")
    }
}
