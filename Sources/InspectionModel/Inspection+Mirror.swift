/// Its fields as its own stored ones would show (`dump`, the tests that walk the model by
/// reflection): in declaration order, the findings, diversity and inclusion and quotes
/// among them (made, if they were not, to be shown), not the box that holds them.
extension Inspection: CustomReflectable {
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "pdu": pdu, "region": region, "published": published, "fieldworkStarted": fieldworkStarted as Any,
                "framework": framework, "score": score, "overallRating": overallRating, "standards": standards,
                "keyQuestions": keyQuestions, "recommendations": recommendations,
                "casesInspected": casesInspected as Any, "leadInspector": leadInspector as Any,
                "chiefInspector": chiefInspector as Any, "background": background,
                "previousInspection": previousInspection as Any, "findings": findings,
                "diversityAndInclusion": diversityAndInclusion as Any, "quotes": quotes,
                "progressOnPreviousRecommendations": progressOnPreviousRecommendations, "origin": origin,
                "source": source,
            ],
            displayStyle: .struct)
    }
}
