import Foundation
import NashirAuth
import NashirCopyDesk
import NashirMedia

/// How the newsroom side of the server behaves: password cost, sign-in rules, cookies, proxies.
public struct NewsroomConfiguration: Sendable {
    /// bcrypt's cost for new passwords (12 by default; tests lower it).
    public var bcryptCost: UInt8
    public var signInRules: SignInRules
    /// Marks cookies Secure even without a proxy saying https (a server behind TLS termination
    /// that is not listed as a proxy).
    public var secureCookies: Bool
    /// Addresses whose X-Forwarded-For and X-Forwarded-Proto are believed; anyone else could forge them.
    public var trustedProxies: Set<String>
    /// The one-time token the first-run page asks for while the newsroom has no account;
    /// `nashir serve` makes and prints it. Nil disables the first-run page.
    public var setupToken: String?
    /// Largest request body the admin and the API accept, in bytes (uploads included).
    public var maxBodyBytes: Int
    /// Where uploaded images and their renditions are written; nil refuses uploads. Instances
    /// on one PostgreSQL database must share it (one mounted folder), or use `mediaStorage`.
    public var mediaFolder: URL?
    /// What uploads are written to and served from: the media folder unless another storage is set.
    public var mediaStorage: (any MediaStorage)? {
        get { storage ?? mediaFolder.map(MediaFolder.init(root:)) }
        set { storage = newValue }
    }
    private var storage: (any MediaStorage)?
    /// The dictionary the editor's copy check spells with; nil leaves spelling out.
    public var spelling: (any SpellingDictionary)?

    public init(
        bcryptCost: UInt8 = 12, signInRules: SignInRules = SignInRules(), secureCookies: Bool = false,
        trustedProxies: Set<String> = [], setupToken: String? = nil, maxBodyBytes: Int = 25 << 20, mediaFolder: URL? = nil,
        spelling: (any SpellingDictionary)? = nil
    ) {
        self.spelling = spelling
        self.mediaFolder = mediaFolder
        self.bcryptCost = bcryptCost
        self.signInRules = signInRules
        self.secureCookies = secureCookies
        self.trustedProxies = trustedProxies
        self.setupToken = setupToken
        self.maxBodyBytes = maxBodyBytes
    }
}
