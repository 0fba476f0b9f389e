/// Reading a `ReferencePattern`'s text into a tree, and the tree into the program it runs.
extension ReferencePattern {
    indirect enum Node {
        case empty
        case characters(CharacterSet)
        case sequence([Node])
        case alternatives([Node])
        case repeated(Node, minimum: Int, maximum: Int?)
        case atStart
        case atEnd
    }

    /// The most times `{n,m}` may repeat, and how deeply groups may nest.
    static let maximumCount = 1000
    package static let maximumDepth = 100

    struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0
        var depth = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func parse() throws(Problem) -> Node {
            guard !scalars.isEmpty else { throw Problem(.empty, at: 0) }
            let node = try alternatives()
            // Only an unmatched `)` stops the top level before the end.
            guard index == scalars.count else { throw Problem(.unopenedGroup, at: index) }
            return node
        }

        mutating func alternatives() throws(Problem) -> Node {
            var options = [try sequence()]
            while peek == "|" {
                index += 1
                options.append(try sequence())
            }
            return options.count == 1 ? options[0] : .alternatives(options)
        }

        mutating func sequence() throws(Problem) -> Node {
            var items: [Node] = []
            while let next = peek, next != "|", next != ")" {
                items.append(try quantified(try atom()))
            }
            return items.isEmpty ? .empty : items.count == 1 ? items[0] : .sequence(items)
        }

        mutating func atom() throws(Problem) -> Node {
            let start = index
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "(": return try group(at: start)
            case "[": return .characters(try characterClass(at: start))
            case ".": return .characters(.any)
            case "^": return .atStart
            case "$": return .atEnd
            case "\\": return try escape(at: start, inClass: false)
            case "*", "+", "?", "{": throw Problem(.nothingToRepeat, at: start)
            default: return .characters(.single(scalar))
            }
        }

        mutating func group(at start: Int) throws(Problem) -> Node {
            depth += 1
            defer { depth -= 1 }
            guard depth <= ReferencePattern.maximumDepth else { throw Problem(.tooLarge, at: start) }
            if peek == "?" {
                index += 1
                switch peek {
                case ":": index += 1
                case "=", "!": throw Problem(.lookAround, at: start)
                case "<":
                    index += 1
                    if peek == "=" || peek == "!" { throw Problem(.lookAround, at: start) }
                    // A named group is a group: its name is skipped.
                    while let next = peek, next != ">" {
                        guard next.properties.isAlphabetic || ("0"..."9").contains(next) else { throw Problem(.unclosedGroup, at: start) }
                        index += 1
                    }
                    guard peek == ">" else { throw Problem(.unclosedGroup, at: start) }
                    index += 1
                default: throw Problem(.flags, at: start)
                }
            }
            let inner = try alternatives()
            guard peek == ")" else { throw Problem(.unclosedGroup, at: start) }
            index += 1
            return inner
        }

        mutating func quantified(_ node: Node) throws(Problem) -> Node {
            let start = index
            var bounds: (minimum: Int, maximum: Int?)
            switch peek {
            case "*": bounds = (0, nil)
            case "+": bounds = (1, nil)
            case "?": bounds = (0, 1)
            case "{":
                index += 1
                bounds = try repetition(at: start)
            default: return node
            }
            index += 1  // past the quantifier, or the `}` that ends it
            if peek == "?" {
                index += 1  // lazy: the same set of whole matches
            } else if peek == "+" {
                throw Problem(.possessive, at: index)
            }
            if let next = peek, ["*", "+", "?", "{"].contains(next) { throw Problem(.nothingToRepeat, at: index) }
            return .repeated(node, minimum: bounds.minimum, maximum: bounds.maximum)
        }

        /// `n}`, `n,}` or `n,m}` after `{`; leaves `index` on the `}`.
        mutating func repetition(at start: Int) throws(Problem) -> (minimum: Int, maximum: Int?) {
            func number() throws(Problem) -> Int? {
                var value: Int?
                while let next = peek, ("0"..."9").contains(next) {
                    value = (value ?? 0) * 10 + Int(next.value - 0x30)
                    guard value! <= ReferencePattern.maximumCount else {
                        throw Problem(.repetitionTooLarge(ReferencePattern.maximumCount), at: start)
                    }
                    index += 1
                }
                return value
            }
            guard let minimum = try number() else { throw Problem(.badRepetition, at: start) }
            var maximum: Int? = minimum
            if peek == "," {
                index += 1
                maximum = try number()
            }
            guard peek == "}" else { throw Problem(.badRepetition, at: start) }
            if let maximum, maximum < minimum { throw Problem(.badRepetition, at: start) }
            return (minimum, maximum)
        }

        mutating func characterClass(at start: Int) throws(Problem) -> CharacterSet {
            var set = CharacterSet()
            if peek == "^" {
                set.negated = true
                index += 1
            }
            var first = true
            while true {
                guard let scalar = peek else { throw Problem(.unclosedClass, at: start) }
                let position = index
                index += 1
                if scalar == "]" && !first { return set }
                first = false
                var low: Unicode.Scalar
                switch scalar {
                case "[": throw Problem(.nestedClass, at: position)
                case "\\":
                    guard case .characters(let escaped) = try escape(at: position, inClass: true) else {
                        throw Problem(.unsupportedEscape(Character(scalars[position + 1])), at: position)
                    }
                    guard escaped.items.count == 1, let only = escaped.items.first, !only.negated, only.ranges.count == 1,
                        only.ranges[0].lowerBound == only.ranges[0].upperBound, let single = Unicode.Scalar(only.ranges[0].lowerBound)
                    else {
                        set.items += escaped.items
                        continue
                    }
                    low = single
                default: low = scalar
                }
                // A range, unless the `-` is the class's last character.
                if peek == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
                    index += 1
                    let endPosition = index
                    var high = scalars[index]
                    index += 1
                    if high == "\\" {
                        guard case .characters(let escaped) = try escape(at: endPosition, inClass: true),
                            let only = escaped.items.first?.ranges.first, only.lowerBound == only.upperBound,
                            let single = Unicode.Scalar(only.lowerBound)
                        else { throw Problem(.reversedRange(from: Character(low), to: "\\"), at: endPosition) }
                        high = single
                    } else if high == "[" {
                        throw Problem(.nestedClass, at: endPosition)
                    }
                    guard low.value <= high.value else {
                        throw Problem(.reversedRange(from: Character(low), to: Character(high)), at: position)
                    }
                    set.items.append(([low.value...high.value], false))
                } else {
                    set.items.append(([low.value...low.value], false))
                }
            }
        }

        /// The escape whose `\` is at `start` (`index` is just after it).
        mutating func escape(at start: Int, inClass: Bool) throws(Problem) -> Node {
            guard let scalar = peek else { throw Problem(.danglingEscape, at: start) }
            index += 1
            func shorthand(_ ranges: [ClosedRange<UInt32>], negated: Bool) -> Node {
                .characters(CharacterSet(items: [(ranges, negated)]))
            }
            switch scalar {
            case "d": return shorthand(CharacterSet.digits, negated: false)
            case "D": return shorthand(CharacterSet.digits, negated: true)
            case "w": return shorthand(CharacterSet.word, negated: false)
            case "W": return shorthand(CharacterSet.word, negated: true)
            case "s": return shorthand(CharacterSet.space, negated: false)
            case "S": return shorthand(CharacterSet.space, negated: true)
            case "t": return .characters(.single("\t"))
            case "n": return .characters(.single("\n"))
            case "r": return .characters(.single("\r"))
            case "A" where !inClass: return .atStart
            case "z" where !inClass, "Z" where !inClass: return .atEnd
            case "b" where !inClass, "B": throw Problem(.wordBoundary, at: start)
            case "1"..."9", "k": throw Problem(.backReference, at: start)
            default:
                // Any other letter or digit is a feature of some engine or other; punctuation is itself.
                if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                    throw Problem(.unsupportedEscape(Character(scalar)), at: start)
                }
                return .characters(.single(scalar))
            }
        }
    }

    struct Compiler {
        var program: [Instruction] = []

        mutating func emit(_ node: Node) throws(Problem) {
            guard program.count <= ReferencePattern.maximumSize else { throw Problem(.tooLarge, at: 0) }
            switch node {
            case .empty: break
            case .characters(let set): program.append(.character(set))
            case .atStart: program.append(.atStart)
            case .atEnd: program.append(.atEnd)
            case .sequence(let items):
                for item in items { try emit(item) }
            case .alternatives(let options):
                var jumps: [Int] = []
                for option in options.dropLast() {
                    let split = program.count
                    program.append(.split(split + 1, split + 1))
                    try emit(option)
                    jumps.append(program.count)
                    program.append(.jump(0))
                    program[split] = .split(split + 1, program.count)
                }
                try emit(options[options.count - 1])
                for jump in jumps { program[jump] = .jump(program.count) }
            case .repeated(let body, let minimum, let maximum):
                for _ in 0..<minimum { try emit(body) }
                if let maximum {
                    var splits: [Int] = []
                    for _ in minimum..<maximum {
                        splits.append(program.count)
                        program.append(.split(0, 0))
                        try emit(body)
                    }
                    for split in splits { program[split] = .split(split + 1, program.count) }
                } else {
                    let loop = program.count
                    program.append(.split(0, 0))
                    try emit(body)
                    program.append(.jump(loop))
                    program[loop] = .split(loop + 1, program.count)
                }
            }
        }
    }
}
