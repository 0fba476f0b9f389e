/// A force's `case_reference_pattern`: a regular expression the whole reference must match,
/// run in time linear in the reference, whatever the pattern.
///
/// A backtracking engine (`NSRegularExpression`, ICU) tries `(1+)+` against `111…1-` in 2ⁿ
/// ways, so one row can hold a run for minutes. This one compiles the pattern to a Thompson
/// automaton and runs every alternative at once (a Pike machine without captures): each
/// character of the reference is looked at once by each instruction at most, so a 64-character
/// reference costs at most 64 × the program's size, and the program's size is bounded.
///
/// The syntax is the common one: literals; `.`; classes `[A-Z0-9]`, `[^/]` with `\d`, `\w`,
/// `\s` (and `\D`, `\W`, `\S`) in or out of them; groups `(…)`, `(?:…)`, `(?<name>…)`;
/// alternation `|`; `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` (a lazy `?` after them changes
/// nothing when the whole reference must match); anchors `^`, `$`, `\A`, `\z`. What a linear
/// engine cannot do is refused with where it is: back-references, look-around, possessive
/// quantifiers, flags, word boundaries, nested classes.
public struct ReferencePattern: Sendable {
    /// The pattern as written.
    public let text: String
    private let program: [Instruction]

    /// The most instructions a pattern may compile to (a `{n,m}` copies what it repeats).
    public static let maximumSize = 4096

    public init(_ text: String) throws(Problem) {
        self.text = text
        var parser = Parser(Array(text.unicodeScalars))
        let tree = try parser.parse()
        var compiler = Compiler()
        try compiler.emit(tree)
        compiler.program.append(.accept)
        guard compiler.program.count <= Self.maximumSize else { throw Problem(.tooLarge, at: 0) }
        self.program = compiler.program
    }

    /// Whether `text` as a whole matches the pattern.
    public func matches(_ text: String) -> Bool {
        let input = Array(text.unicodeScalars)
        var current = ThreadList(size: program.count)
        var next = ThreadList(size: program.count)
        current.add(0, at: 0, of: input.count, in: program)
        for (position, scalar) in input.enumerated() {
            next.clear()
            for pc in current.threads {
                if case .character(let set) = program[pc], set.contains(scalar) {
                    next.add(pc + 1, at: position + 1, of: input.count, in: program)
                }
            }
            swap(&current, &next)
            if current.threads.isEmpty { return false }
        }
        return current.threads.contains { if case .accept = program[$0] { true } else { false } }
    }

    /// Why a pattern cannot be used, and where: `offset` is the 0-based character of the pattern.
    public struct Problem: Error, Hashable, Sendable {
        public var kind: Kind
        public var offset: Int

        package init(_ kind: Kind, at offset: Int) {
            self.kind = kind
            self.offset = offset
        }

        public enum Kind: Hashable, Sendable {
            case empty
            case unclosedGroup
            case unopenedGroup
            case unclosedClass
            case nestedClass
            case reversedRange(from: Character, to: Character)
            case danglingEscape
            case unsupportedEscape(Character)
            case backReference
            case lookAround
            case flags
            case possessive
            case wordBoundary
            case nothingToRepeat
            case badRepetition
            case repetitionTooLarge(Int)
            case tooLarge
        }
    }

    // MARK: The program

    /// A set of characters: ranges of scalars, each group of them possibly negated, the whole
    /// set possibly negated (`[^\d/]`).
    struct CharacterSet: Sendable {
        var items: [(ranges: [ClosedRange<UInt32>], negated: Bool)] = []
        var negated = false

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            let value = scalar.value
            let inItems = items.contains { item in item.ranges.contains { $0.contains(value) } != item.negated }
            return inItems != negated
        }

        static func single(_ scalar: Unicode.Scalar) -> Self { Self(items: [([scalar.value...scalar.value], false)]) }
        static let digits: [ClosedRange<UInt32>] = [0x30...0x39]
        static let word: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
        static let space: [ClosedRange<UInt32>] = [0x09...0x0D, 0x20...0x20]
        /// `.`: anything but a line break.
        static let any = Self(items: [([0x0A...0x0A, 0x0D...0x0D], true)])
    }

    enum Instruction: Sendable {
        case character(CharacterSet)
        /// Go on at both places.
        case split(Int, Int)
        case jump(Int)
        case atStart
        case atEnd
        case accept
    }

    /// The threads alive at one position, each program counter once.
    struct ThreadList {
        /// The instructions that read a character (or accept), where the threads wait.
        var threads: [Int] = []
        /// Every instruction reached at this position, the ones passed through too.
        private var visited: [Int] = []
        private var onList: [Bool]

        init(size: Int) {
            onList = Array(repeating: false, count: size)
            threads.reserveCapacity(size)
            visited.reserveCapacity(size)
        }

        mutating func clear() {
            for pc in visited { onList[pc] = false }
            visited.removeAll(keepingCapacity: true)
            threads.removeAll(keepingCapacity: true)
        }

        /// Adds `pc` and everything it reaches without reading a character.
        mutating func add(_ start: Int, at position: Int, of length: Int, in program: [Instruction]) {
            var stack = [start]
            while let pc = stack.popLast() {
                guard !onList[pc] else { continue }
                onList[pc] = true
                visited.append(pc)
                switch program[pc] {
                case .character, .accept: threads.append(pc)
                case .jump(let target): stack.append(target)
                case .split(let first, let second): stack.append(contentsOf: [second, first])
                case .atStart: if position == 0 { stack.append(pc + 1) }
                case .atEnd: if position == length { stack.append(pc + 1) }
                }
            }
        }
    }
}
