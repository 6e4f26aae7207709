import NashirDomain

/// Everything the web layer reads and, later, writes: any store keeping the domain's contract.
public typealias SiteStore = NashirStore
