import Foundation

/// Time and peak memory of one way of reading the evidence file, over several runs.
struct ReadingCost {
    var seconds = Samples()
    var peakBytes = Samples()
}

/// Reads the evidence file whole and streamed, each run in a process of its own (`yaml-rss`,
/// next to this executable) so that each peak RSS is that run's alone; runs interleaved.
/// Nil when the tool cannot run or reads the wrong number of records.
func measureReading(file: String, records: Int, runs: Int, tool: String) -> (whole: ReadingCost, stream: ReadingCost)? {
    var whole = ReadingCost(), stream = ReadingCost()
    for _ in 0..<runs {
        for mode in ["whole", "stream"] {
            guard let text = output(of: tool, [mode, file]) else { return nil }
            // "records N seconds S peak_rss_bytes B checksum C"
            let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
            var fields: [String: Double] = [:]
            for index in stride(from: 0, to: words.count - 1, by: 2) { fields[words[index]] = Double(words[index + 1]) }
            guard fields["records"] == Double(records), let time = fields["seconds"], let peak = fields["peak_rss_bytes"] else {
                return nil
            }
            if mode == "whole" {
                whole.seconds.values.append(time)
                whole.peakBytes.values.append(peak)
            } else {
                stream.seconds.values.append(time)
                stream.peakBytes.values.append(peak)
            }
        }
    }
    return (whole, stream)
}
