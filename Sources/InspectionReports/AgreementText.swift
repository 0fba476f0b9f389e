/// How far computed grades agree with published ones, in the words every report uses.
package enum AgreementText {
    /// "in 4 of the 5 areas that have both", "in 1 of 1 area that has both": reads after
    /// "agrees with the published grade".
    package static func phrase(agree: Int, compared: Int) -> String {
        compared == 1 ? "in \(agree) of 1 area that has both" : "in \(agree) of the \(compared) areas that have both"
    }
}
