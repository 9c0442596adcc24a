/// The 12 probation regions of England and Wales, each with place names that generated
/// PDUs are named after.
struct ProbationRegion: Hashable, Sendable {
    /// The region's name as reports print it (`Kent, Surrey and Sussex`).
    let name: String
    /// Towns, cities and counties in the region.
    let places: [String]

    /// The file-name slug of the region (`kent-surrey-and-sussex`).
    var slug: String { Slug.make(name) }

    static let all: [ProbationRegion] = [
        ProbationRegion(
            name: "East Midlands",
            places: [
                "Nottingham", "Leicester", "Lincoln", "Northampton", "Chesterfield", "Mansfield", "Loughborough",
                "Grantham", "Kettering", "Corby", "Boston", "Newark", "Worksop", "Buxton", "Matlock", "Wellingborough",
            ]),
        ProbationRegion(
            name: "East of England",
            places: [
                "Norwich", "Ipswich", "Cambridge", "Peterborough", "Luton", "Bedford", "Chelmsford", "Colchester",
                "Southend", "Basildon", "Stevenage", "Watford", "Lowestoft", "Kings Lynn", "Huntingdon", "Hertford",
            ]),
        ProbationRegion(
            name: "Greater Manchester",
            places: [
                "Manchester", "Salford", "Bolton", "Wigan", "Oldham", "Rochdale", "Stockport", "Tameside", "Trafford",
                "Bury", "Ashton", "Altrincham", "Leigh", "Middleton", "Hyde", "Eccles",
            ]),
        ProbationRegion(
            name: "Kent, Surrey and Sussex",
            places: [
                "Canterbury", "Maidstone", "Ashford", "Dover", "Folkestone", "Medway", "Guildford", "Woking",
                "Crawley", "Horsham", "Eastbourne", "Hastings", "Chichester", "Worthing", "Tonbridge", "Redhill",
            ]),
        ProbationRegion(
            name: "London",
            places: [
                "Camden", "Hackney", "Islington", "Lambeth", "Southwark", "Lewisham", "Croydon", "Barnet", "Ealing",
                "Brent", "Haringey", "Newham", "Enfield", "Bromley", "Wandsworth", "Greenwich",
            ]),
        ProbationRegion(
            name: "North East",
            places: [
                "Newcastle", "Sunderland", "Durham", "Gateshead", "Middlesbrough", "Darlington", "Hartlepool",
                "Stockton", "Redcar", "Hexham", "Blyth", "Morpeth", "Consett", "Bishop Auckland", "Jarrow",
                "Whitley Bay",
            ]),
        ProbationRegion(
            name: "North West",
            places: [
                "Liverpool", "Preston", "Blackpool", "Blackburn", "Burnley", "Lancaster", "Carlisle", "Kendal",
                "Chester", "Warrington", "Crewe", "Wirral", "Sefton", "Knowsley", "Barrow", "Macclesfield",
            ]),
        ProbationRegion(
            name: "South Central",
            places: [
                "Oxford", "Reading", "Southampton", "Portsmouth", "Winchester", "Basingstoke", "Slough", "Banbury",
                "Aylesbury", "Milton Keynes", "Newbury", "Andover", "Bracknell", "Wycombe", "Isle of Wight",
                "Eastleigh",
            ]),
        ProbationRegion(
            name: "South West",
            places: [
                "Bristol", "Plymouth", "Exeter", "Gloucester", "Swindon", "Bath", "Taunton", "Truro", "Torbay",
                "Cheltenham", "Salisbury", "Yeovil", "Barnstaple", "Bournemouth", "Weymouth", "Trowbridge",
            ]),
        ProbationRegion(
            name: "Wales",
            places: [
                "Cardiff", "Swansea", "Newport", "Wrexham", "Bangor", "Aberystwyth", "Carmarthen", "Merthyr",
                "Bridgend", "Llanelli", "Caerphilly", "Pontypridd", "Rhyl", "Neath", "Haverfordwest", "Brecon",
            ]),
        ProbationRegion(
            name: "West Midlands",
            places: [
                "Birmingham", "Coventry", "Wolverhampton", "Dudley", "Walsall", "Sandwell", "Solihull", "Worcester",
                "Hereford", "Shrewsbury", "Telford", "Stafford", "Stoke", "Nuneaton", "Redditch", "Kidderminster",
            ]),
        ProbationRegion(
            name: "Yorkshire and the Humber",
            places: [
                "Sheffield", "Bradford", "Wakefield", "Doncaster", "Rotherham", "Barnsley", "Hull", "Huddersfield",
                "Halifax", "Harrogate", "Scarborough", "Grimsby", "Scunthorpe", "Calderdale", "Selby", "Keighley",
            ]),
    ]
}
