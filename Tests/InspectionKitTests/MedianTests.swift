import Testing

@testable import InspectionKit

/// The median of delays by selection, against the median of the sorted delays.
@Suite("Median of delays")
struct MedianTests {
    func sortedMedian(_ values: [Int64]) -> Duration {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? .seconds(sorted[middle]) : (.seconds(sorted[middle - 1]) + .seconds(sorted[middle])) / 2
    }

    @Test func selectionGivesTheMedianOfTheSortedValues() {
        var generator = SystemRandomNumberGenerator()
        for count in [1, 2, 3, 4, 5, 10, 11, 100, 1001, 10_000] {
            let random = (0..<count).map { _ in Int64.random(in: 0...200_000, using: &generator) }
            let shapes: [[Int64]] = [
                random, random.sorted(), random.sorted().reversed(), Array(repeating: 3600, count: count),
                (0..<count).map { Int64($0 % 3) }, (0..<count).map { Int64(($0 * 7919) % 1000) },
            ]
            for values in shapes {
                var copy = values
                #expect(Median.of(seconds: &copy) == sortedMedian(values), "\(count) values")
                #expect(copy.sorted() == values.sorted())
            }
        }
        var none: [Int64] = []
        #expect(Median.of(seconds: &none) == nil)
        var two: [Int64] = [3600, 7201]
        #expect(Median.of(seconds: &two) == .milliseconds(5_400_500))
    }

    @Test func selectionLeavesSmallerValuesBeforeAndLargerAfter() {
        var values: [Int64] = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]
        #expect(Median.select(4, in: &values) == 4)
        #expect(values[..<4].allSatisfy { $0 <= 4 } && values[5...].allSatisfy { $0 >= 4 })
    }

    @Test func durationsAreTakenToTheSecond() {
        #expect(Median.of([.seconds(3600), .seconds(7201)]) == .milliseconds(5_400_500))
        #expect(Median.of([.seconds(60), .seconds(10), .seconds(30)]) == .seconds(30))
        #expect(Median.of([]) == nil)
    }
}
