/// A generated corpus on disk: where it is and what it holds.
struct Corpus {
    /// The content folder (`<work>/Content`), holding `reports/*.txt`.
    let folder: String
    let documents: Int
    let reports: Int
    let letters: Int
    let pdus: Int
    /// The total size of the texts.
    let bytes: Int
    /// The paths of the PDU reports, relative to `folder`, in plan order.
    let reportPaths: [String]
    /// Seconds it took to generate and write.
    let seconds: Double
}
