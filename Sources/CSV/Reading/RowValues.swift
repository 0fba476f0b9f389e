extension CSV.Row {
    // Each of these reads one field with one parser and, when it fails, gives the positioned
    // error that `error(field:_:)` makes: the column, the text, the caret on the bad character.
    // A consumer that words its own errors calls the parsers through `withField` instead.

    /// Field `field` as an integer (`CSV.parseInteger`).
    public func integer(_ field: Int) throws(CSV.Error) -> Int64 {
        let result = withField(field) { bytes in Result { () throws(CSV.NumberProblem) in try CSV.parseInteger(bytes) } }
        switch result {
        case .success(let value): return value
        case .failure(let problem): throw error(field: field, .integer(problem))
        }
    }

    /// Field `field` as a decimal number (`CSV.parseDecimal`).
    public func decimal(_ field: Int) throws(CSV.Error) -> Double {
        let result = withField(field) { bytes in Result { () throws(CSV.NumberProblem) in try CSV.parseDecimal(bytes) } }
        switch result {
        case .success(let value): return value
        case .failure(let problem): throw error(field: field, .decimal(problem))
        }
    }

    /// Field `field` as a calendar day in `pattern`.
    public func day(_ field: Int, pattern: CSV.DateTimePattern) throws(CSV.Error) -> CSV.Day {
        let result = withField(field) { bytes in Result { () throws(CSV.DateTimeProblem) in try pattern.day(from: bytes) } }
        switch result {
        case .success(let value): return value
        case .failure(let problem): throw error(field: field, .dateTime(problem, pattern: pattern.text))
        }
    }

    /// Field `field` as seconds since 1970-01-01T00:00:00Z, read with `pattern` in `zone`.
    public func secondsSince1970(_ field: Int, pattern: CSV.DateTimePattern, zone: CSV.Zone) throws(CSV.Error) -> Int64 {
        let result = withField(field) { bytes in
            Result { () throws(CSV.DateTimeProblem) in try pattern.secondsSince1970(from: bytes, in: zone) }
        }
        switch result {
        case .success(let value): return value
        case .failure(let problem): throw error(field: field, .dateTime(problem, pattern: pattern.text))
        }
    }
}
