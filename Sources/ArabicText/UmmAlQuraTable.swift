/// The official Umm al-Qura calendar for 1343–1500 AH (1 Aug 1924 – 16 Nov 2077), kept
/// here because ICU's built-in table, which Foundation uses on every platform, matches
/// it only for 1420–1450 AH; elsewhere ICU starts 740 of the 1,896 months a day late,
/// including most months from 1451 AH (mid-2029) on.
///
/// Month lengths come from the KACST tables as compiled by the hijridate project (MIT),
/// which agree with R. H. van Gent's tables and .NET's `UmAlQuraCalendar`.
enum UmmAlQuraTable {
    /// A Hijri calendar date.
    struct HijriDate: Equatable {
        let year: Int
        let month: Int
        let day: Int
    }

    static let firstYear = 1343
    /// Julian day number of 1 Muharram 1343 AH, i.e. 1 August 1924.
    static let firstJulianDay = 2_423_999

    /// One entry per Hijri year from `firstYear`; bit k set means month k+1 has 30 days.
    static let thirtyDayMonths: [UInt16] = [
        0xEED, 0x554, 0xB45, 0x66C, 0x36C, 0x0D5, 0x9D5, 0xB4A, 0xB15, 0x555,
        0x9AD, 0x56A, 0xB55, 0x4D4, 0xD55, 0x64B, 0x497, 0xD55, 0x555, 0x555,
        0xD55, 0x755, 0xD55, 0x555, 0x555, 0xD55, 0x6D5, 0x555, 0xEA5, 0xD2A,
        0xAAA, 0xCD5, 0x655, 0x572, 0xDA9, 0x555, 0xAAA, 0x555, 0x52D, 0xA6D,
        0x55A, 0x555, 0x74D, 0xD53, 0xD54, 0x556, 0xD55, 0x2D5, 0xD55, 0xD54,
        0xD45, 0x655, 0x52D, 0xA5D, 0x55A, 0xAD5, 0x6AA, 0xD4B, 0x52A, 0xA57,
        0x4AE, 0x976, 0x56C, 0xB55, 0xAAA, 0xA55, 0x4AD, 0x95D, 0x2DA, 0x5D9,
        0xDB2, 0xBA4, 0xB4A, 0xA55, 0x2B5, 0x575, 0xB6A, 0xBD2, 0xBC4, 0xB89,
        0xA95, 0x52D, 0x5AD, 0xB6A, 0x6D4, 0xDC9, 0xD92, 0xAA6, 0x956, 0x2AE,
        0x56D, 0x36A, 0xB55, 0xAAA, 0x94D, 0x49D, 0x95D, 0x2BA, 0x5B5, 0x5AA,
        0xD55, 0xA9A, 0x92E, 0x26E, 0x55D, 0xADA, 0x6D4, 0x6A5, 0x54B, 0xA97,
        0x54E, 0xAAE, 0x5AC, 0xBA9, 0xD92, 0xB25, 0x64B, 0xCAB, 0x55A, 0xB55,
        0x6D2, 0xEA5, 0xE4A, 0xA95, 0x52D, 0xAAD, 0x36C, 0x759, 0x6D2, 0x695,
        0x52D, 0xA5B, 0x4BA, 0x9BA, 0x3B4, 0xB69, 0xB52, 0xAA6, 0x4B6, 0x96D,
        0x2EC, 0x6D9, 0xEB2, 0xD54, 0xD2A, 0xA56, 0x4AE, 0x96D, 0xD6A, 0xB54,
        0xB29, 0xA93, 0x52B, 0xA57, 0x536, 0xAB5, 0x6AA, 0xE93,
    ]

    /// Months the Saudi authorities printed as 28 or 31 days in the early years; archive
    /// dates must match what was printed at the time, not what astronomy would say.
    static let irregularMonths: [(year: Int, month: Int, days: Int)] = [
        (1343, 9, 28), (1345, 5, 31), (1345, 8, 28), (1348, 11, 31),
        (1348, 12, 28), (1349, 10, 28), (1349, 11, 31), (1364, 8, 28),
    ]

    /// Julian day of the first day of every month in the table, plus the day after its end,
    /// built once so each lookup is a binary search.
    static let monthStarts: [Int] = {
        var lengths: [Int] = thirtyDayMonths.flatMap { mask -> [Int] in
            (0..<12).map { mask & (1 << $0) != 0 ? 30 : 29 }
        }
        for irregular in irregularMonths {
            lengths[(irregular.year - firstYear) * 12 + irregular.month - 1] = irregular.days
        }
        var starts = [firstJulianDay]
        starts.reserveCapacity(lengths.count + 1)
        for length in lengths { starts.append(starts[starts.count - 1] + length) }
        return starts
    }()

    /// The Umm al-Qura date for a civil Gregorian date, or nil outside the table.
    static func hijri(gregorianYear year: Int, month: Int, day: Int) -> HijriDate? {
        let julianDay = julianDayNumber(year: year, month: month, day: day)
        guard julianDay >= monthStarts[0], julianDay < monthStarts[monthStarts.count - 1] else {
            return nil
        }
        // Largest month start not after the day.
        var low = 0
        var high = monthStarts.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if monthStarts[middle] <= julianDay { low = middle } else { high = middle }
        }
        return HijriDate(year: firstYear + low / 12, month: low % 12 + 1, day: julianDay - monthStarts[low] + 1)
    }

    /// Julian day number of a proleptic Gregorian date (Fliegel & Van Flandern), pure
    /// integer arithmetic so no second calendar lookup is needed.
    static func julianDayNumber(year: Int, month: Int, day: Int) -> Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }
}
