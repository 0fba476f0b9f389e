import Foundation

/// What to run, from the command line.
struct Options {
    /// Records in the synthetic document every decoder reads (200,000 make about 35 MB).
    var records = 200_000
    /// Rounds of each measurement; the median and the range are reported.
    var runs = 5
    /// The Python that runs the PyYAML baseline.
    var python = "python3"
    /// Whether to run the Yams and PyYAML baselines (the slow part).
    var baselines = true
    /// Records in the document whose nodes' source lines are all looked up.
    var lineRecords = 100_000
    /// Records in the evidence file streamed and loaded whole (1,000,000 make about 200 MB);
    /// 0 skips that part.
    var streamRecords = 1_000_000

    static let usage = """
        usage: yaml-bench [--records N] [--runs K] [--python PATH] [--no-baselines]
                          [--line-records N] [--stream-records N]
        """

    static func parse(_ arguments: [String]) -> Options {
        var options = Options()
        var arguments = arguments[...]
        while let flag = arguments.popFirst() {
            if flag == "--no-baselines" {
                options.baselines = false
                continue
            }
            let value = arguments.popFirst()
            let number = value.flatMap { Int($0) }.flatMap { $0 >= 0 ? $0 : nil }
            switch (flag, value, number) {
            case ("--records", _, let count?) where count > 0: options.records = count
            case ("--runs", _, let count?) where count > 0: options.runs = count
            case ("--line-records", _, let count?) where count > 0: options.lineRecords = count
            case ("--stream-records", _, let count?): options.streamRecords = count
            case ("--python", let path?, _): options.python = path
            default:
                FileHandle.standardError.write(Data((usage + "\n").utf8))
                exit(2)
            }
        }
        return options
    }
}
