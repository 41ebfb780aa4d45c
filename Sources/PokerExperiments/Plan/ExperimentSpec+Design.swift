extension ExperimentSpec {
    /// The deal set of tournament index `t`.
    public func deal(ofTournament t: Int) -> Int { t / rotations }
    /// The seat rotation of tournament index `t`.
    public func rotation(ofTournament t: Int) -> Int { t % rotations }
    /// The entrant sitting in physical seat `seat` in tournament `t` (entrant `e` sits in `(e + r) mod n`).
    public func entrant(atSeat seat: Int, tournament t: Int) -> Int {
        let n = seats.count
        return ((seat - rotation(ofTournament: t)) % n + n) % n
    }
    /// The physical seat of entrant `entrant` in tournament `t`.
    public func seat(ofEntrant entrant: Int, tournament t: Int) -> Int { (entrant + rotation(ofTournament: t)) % seats.count }
    /// The index of the variant labelled `label` (0 = the control).
    public func variantIndex(_ label: String) -> Int? { allVariants.firstIndex { $0.label == label } }
}
