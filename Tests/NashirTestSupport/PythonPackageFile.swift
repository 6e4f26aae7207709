import Foundation

/// Files that PyPI packages ship for other programs (vnu.jar, axe.min.js), found at run time in
/// whichever site-packages `python3` uses, so no copy is committed and no path is hard-coded.
public enum PythonPackageFile {
    /// `file` inside the folder of the top-level Python package `package`; nil when Python, the
    /// package or the file is missing.
    public static func locate(_ file: String, inPackage package: String) -> URL? {
        guard let python = ExternalCheck.executable("python3") else { return nil }
        // find_spec finds the folder without importing the package: axe_playwright_python's
        // __init__ imports Playwright, which these tests never need installed.
        let script = """
            import importlib.util, sys
            spec = importlib.util.find_spec(sys.argv[1])
            print(spec.submodule_search_locations[0] if spec and spec.submodule_search_locations else '')
            """
        guard let outcome = try? ExternalCheck.run(python, ["-c", script, package], input: ""), outcome.status == 0 else { return nil }
        // The folder is the last line: stderr shares the pipe, and a warning may come first.
        guard let folder = outcome.output.split(separator: "\n").last.map(String.init), !folder.isEmpty else { return nil }
        let url = URL(fileURLWithPath: folder).appendingPathComponent(file)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
