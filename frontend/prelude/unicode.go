// Package unicode provides data and functions to test some properties of
// Unicode code points, as Go's unicode (Unicode 17.0.0). The predicates and
// case mappings are native, over tables generated from Go itself.
package unicode

// Version is the Unicode edition from which the tables are derived.
const Version = "17.0.0"

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower marks an alternating upper/lower case range in a CaseRange.
const (
	UpperLower = MaxRune + 1 // (Cannot be a valid delta.)
)

const linearMax = 18

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set. The package's own tables are native: they
// carry an id and no R16/R32 entries.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
	id          int
}

// Range16 represents of a range of 16-bit Unicode code points.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one
// or more of the values will not fit in 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of Unicode code points for simple (one code
// point to one code point) case conversion.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type d [MaxCase]rune

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool

// IsPunct reports whether the rune is a Unicode punctuation character
// (category P).
func IsPunct(r rune) bool

// IsSpace reports whether the rune is a space character as defined by
// Unicode's White Space property.
func IsSpace(r rune) bool

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool

// IsControl reports whether the rune is a control character.
func IsControl(r rune) bool

// IsGraphic reports whether the rune is defined as a Graphic by Unicode.
func IsGraphic(r rune) bool

// IsPrint reports whether the rune is defined as printable by Go.
func IsPrint(r rune) bool

// To maps the rune to the specified case: UpperCase, LowerCase, or
// TitleCase.
func To(_case int, r rune) rune

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune

// ToLower maps the rune to lower case.
func ToLower(r rune) rune

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune

// SimpleFold iterates over Unicode code points equivalent under the
// Unicode-defined simple case folding.
func SimpleFold(r rune) rune

func isTable(id int, r rune) bool

func is16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			range_ := &ranges[i]
			if r < range_.Lo {
				return false
			}
			if r <= range_.Hi {
				return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
			}
		}
		return false
	}
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		range_ := &ranges[m]
		if range_.Lo <= r && r <= range_.Hi {
			return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
		}
		if r < range_.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

func is32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			range_ := &ranges[i]
			if r < range_.Lo {
				return false
			}
			if r <= range_.Hi {
				return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
			}
		}
		return false
	}
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		range_ := ranges[m]
		if range_.Lo <= r && r <= range_.Hi {
			return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
		}
		if r < range_.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.id != 0 {
		return isTable(rangeTab.id, r)
	}
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
// The function "In" provides a nicer signature and should be used in
// preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// SpecialCase represents language-specific case mappings such as Turkish.
// Methods of SpecialCase customize (by overriding) the standard mappings.
type SpecialCase []CaseRange

func lookupCaseRange(r rune, caseRange []CaseRange) *CaseRange {
	// binary search over ranges
	lo := 0
	hi := len(caseRange)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		cr := &caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			return cr
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return nil
}

func convertCase(_case int, r rune, cr *CaseRange) rune {
	delta := cr.Delta[_case]
	if delta > MaxRune {
		return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1))
	}
	return r + delta
}

func to(_case int, r rune, caseRange []CaseRange) (mappedRune rune, foundMapping bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false // as reasonable an error as any
	}
	if cr := lookupCaseRange(r, caseRange); cr != nil {
		return convertCase(_case, r, cr), true
	}
	return r, false
}

// ToUpper maps the rune to upper case giving priority to the special
// mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps the rune to title case giving priority to the special
// mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps the rune to lower case giving priority to the special
// mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

var TurkishCase SpecialCase = _TurkishCase
var _TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

var AzeriCase SpecialCase = _TurkishCase

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{
	L, M, N, P, S, Zs,
}

// PrintRanges defines the set of printable characters according to Go.
var PrintRanges = []*RangeTable{
	L, M, N, P, S,
}

// The tables, by name: each RangeTable's id names a native table (its
// R16/R32 are left empty; Is, In and IsOneOf consult the id).
var (
	_ASCII_Hex_Digit = &RangeTable{id: 1}
	_Adlam = &RangeTable{id: 2}
	_Ahom = &RangeTable{id: 3}
	_Anatolian_Hieroglyphs = &RangeTable{id: 4}
	_Arabic = &RangeTable{id: 5}
	_Armenian = &RangeTable{id: 6}
	_Avestan = &RangeTable{id: 7}
	_Balinese = &RangeTable{id: 8}
	_Bamum = &RangeTable{id: 9}
	_Bassa_Vah = &RangeTable{id: 10}
	_Batak = &RangeTable{id: 11}
	_Bengali = &RangeTable{id: 12}
	_Beria_Erfe = &RangeTable{id: 13}
	_Bhaiksuki = &RangeTable{id: 14}
	_Bidi_Control = &RangeTable{id: 15}
	_Bopomofo = &RangeTable{id: 16}
	_Brahmi = &RangeTable{id: 17}
	_Braille = &RangeTable{id: 18}
	_Buginese = &RangeTable{id: 19}
	_Buhid = &RangeTable{id: 20}
	_C = &RangeTable{id: 21}
	_Canadian_Aboriginal = &RangeTable{id: 22}
	_Carian = &RangeTable{id: 23}
	_Caucasian_Albanian = &RangeTable{id: 24}
	_Cc = &RangeTable{id: 25}
	_Cf = &RangeTable{id: 26}
	_Chakma = &RangeTable{id: 27}
	_Cham = &RangeTable{id: 28}
	_Cherokee = &RangeTable{id: 29}
	_Chorasmian = &RangeTable{id: 30}
	_Cn = &RangeTable{id: 31}
	_Co = &RangeTable{id: 32}
	_Common = &RangeTable{id: 33}
	_Coptic = &RangeTable{id: 34}
	_Cs = &RangeTable{id: 35}
	_Cuneiform = &RangeTable{id: 36}
	_Cypriot = &RangeTable{id: 37}
	_Cypro_Minoan = &RangeTable{id: 38}
	_Cyrillic = &RangeTable{id: 39}
	_Dash = &RangeTable{id: 40}
	_Deprecated = &RangeTable{id: 41}
	_Deseret = &RangeTable{id: 42}
	_Devanagari = &RangeTable{id: 43}
	_Diacritic = &RangeTable{id: 44}
	_Dives_Akuru = &RangeTable{id: 45}
	_Dogra = &RangeTable{id: 46}
	_Duployan = &RangeTable{id: 47}
	_Egyptian_Hieroglyphs = &RangeTable{id: 48}
	_Elbasan = &RangeTable{id: 49}
	_Elymaic = &RangeTable{id: 50}
	_Ethiopic = &RangeTable{id: 51}
	_Extender = &RangeTable{id: 52}
	_Garay = &RangeTable{id: 53}
	_Georgian = &RangeTable{id: 54}
	_Glagolitic = &RangeTable{id: 55}
	_Gothic = &RangeTable{id: 56}
	_Grantha = &RangeTable{id: 57}
	_Greek = &RangeTable{id: 58}
	_Gujarati = &RangeTable{id: 59}
	_Gunjala_Gondi = &RangeTable{id: 60}
	_Gurmukhi = &RangeTable{id: 61}
	_Gurung_Khema = &RangeTable{id: 62}
	_Han = &RangeTable{id: 63}
	_Hangul = &RangeTable{id: 64}
	_Hanifi_Rohingya = &RangeTable{id: 65}
	_Hanunoo = &RangeTable{id: 66}
	_Hatran = &RangeTable{id: 67}
	_Hebrew = &RangeTable{id: 68}
	_Hex_Digit = &RangeTable{id: 69}
	_Hiragana = &RangeTable{id: 70}
	_Hyphen = &RangeTable{id: 71}
	_IDS_Binary_Operator = &RangeTable{id: 72}
	_IDS_Trinary_Operator = &RangeTable{id: 73}
	_IDS_Unary_Operator = &RangeTable{id: 74}
	_ID_Compat_Math_Continue = &RangeTable{id: 75}
	_ID_Compat_Math_Start = &RangeTable{id: 76}
	_Ideographic = &RangeTable{id: 77}
	_Imperial_Aramaic = &RangeTable{id: 78}
	_Inherited = &RangeTable{id: 79}
	_Inscriptional_Pahlavi = &RangeTable{id: 80}
	_Inscriptional_Parthian = &RangeTable{id: 81}
	_Javanese = &RangeTable{id: 82}
	_Join_Control = &RangeTable{id: 83}
	_Kaithi = &RangeTable{id: 84}
	_Kannada = &RangeTable{id: 85}
	_Katakana = &RangeTable{id: 86}
	_Kawi = &RangeTable{id: 87}
	_Kayah_Li = &RangeTable{id: 88}
	_Kharoshthi = &RangeTable{id: 89}
	_Khitan_Small_Script = &RangeTable{id: 90}
	_Khmer = &RangeTable{id: 91}
	_Khojki = &RangeTable{id: 92}
	_Khudawadi = &RangeTable{id: 93}
	_Kirat_Rai = &RangeTable{id: 94}
	_L = &RangeTable{id: 95}
	_LC = &RangeTable{id: 96}
	_Lao = &RangeTable{id: 97}
	_Latin = &RangeTable{id: 98}
	_Lepcha = &RangeTable{id: 99}
	_Limbu = &RangeTable{id: 100}
	_Linear_A = &RangeTable{id: 101}
	_Linear_B = &RangeTable{id: 102}
	_Lisu = &RangeTable{id: 103}
	_Ll = &RangeTable{id: 104}
	_Lm = &RangeTable{id: 105}
	_Lo = &RangeTable{id: 106}
	_Logical_Order_Exception = &RangeTable{id: 107}
	_Lt = &RangeTable{id: 108}
	_Lu = &RangeTable{id: 109}
	_Lycian = &RangeTable{id: 110}
	_Lydian = &RangeTable{id: 111}
	_M = &RangeTable{id: 112}
	_Mahajani = &RangeTable{id: 113}
	_Makasar = &RangeTable{id: 114}
	_Malayalam = &RangeTable{id: 115}
	_Mandaic = &RangeTable{id: 116}
	_Manichaean = &RangeTable{id: 117}
	_Marchen = &RangeTable{id: 118}
	_Masaram_Gondi = &RangeTable{id: 119}
	_Mc = &RangeTable{id: 120}
	_Me = &RangeTable{id: 121}
	_Medefaidrin = &RangeTable{id: 122}
	_Meetei_Mayek = &RangeTable{id: 123}
	_Mende_Kikakui = &RangeTable{id: 124}
	_Meroitic_Cursive = &RangeTable{id: 125}
	_Meroitic_Hieroglyphs = &RangeTable{id: 126}
	_Miao = &RangeTable{id: 127}
	_Mn = &RangeTable{id: 128}
	_Modi = &RangeTable{id: 129}
	_Modifier_Combining_Mark = &RangeTable{id: 130}
	_Mongolian = &RangeTable{id: 131}
	_Mro = &RangeTable{id: 132}
	_Multani = &RangeTable{id: 133}
	_Myanmar = &RangeTable{id: 134}
	_N = &RangeTable{id: 135}
	_Nabataean = &RangeTable{id: 136}
	_Nag_Mundari = &RangeTable{id: 137}
	_Nandinagari = &RangeTable{id: 138}
	_Nd = &RangeTable{id: 139}
	_New_Tai_Lue = &RangeTable{id: 140}
	_Newa = &RangeTable{id: 141}
	_Nko = &RangeTable{id: 142}
	_Nl = &RangeTable{id: 143}
	_No = &RangeTable{id: 144}
	_Noncharacter_Code_Point = &RangeTable{id: 145}
	_Nushu = &RangeTable{id: 146}
	_Nyiakeng_Puachue_Hmong = &RangeTable{id: 147}
	_Ogham = &RangeTable{id: 148}
	_Ol_Chiki = &RangeTable{id: 149}
	_Ol_Onal = &RangeTable{id: 150}
	_Old_Hungarian = &RangeTable{id: 151}
	_Old_Italic = &RangeTable{id: 152}
	_Old_North_Arabian = &RangeTable{id: 153}
	_Old_Permic = &RangeTable{id: 154}
	_Old_Persian = &RangeTable{id: 155}
	_Old_Sogdian = &RangeTable{id: 156}
	_Old_South_Arabian = &RangeTable{id: 157}
	_Old_Turkic = &RangeTable{id: 158}
	_Old_Uyghur = &RangeTable{id: 159}
	_Oriya = &RangeTable{id: 160}
	_Osage = &RangeTable{id: 161}
	_Osmanya = &RangeTable{id: 162}
	_Other_Alphabetic = &RangeTable{id: 163}
	_Other_Default_Ignorable_Code_Point = &RangeTable{id: 164}
	_Other_Grapheme_Extend = &RangeTable{id: 165}
	_Other_ID_Continue = &RangeTable{id: 166}
	_Other_ID_Start = &RangeTable{id: 167}
	_Other_Lowercase = &RangeTable{id: 168}
	_Other_Math = &RangeTable{id: 169}
	_Other_Uppercase = &RangeTable{id: 170}
	_P = &RangeTable{id: 171}
	_Pahawh_Hmong = &RangeTable{id: 172}
	_Palmyrene = &RangeTable{id: 173}
	_Pattern_Syntax = &RangeTable{id: 174}
	_Pattern_White_Space = &RangeTable{id: 175}
	_Pau_Cin_Hau = &RangeTable{id: 176}
	_Pc = &RangeTable{id: 177}
	_Pd = &RangeTable{id: 178}
	_Pe = &RangeTable{id: 179}
	_Pf = &RangeTable{id: 180}
	_Phags_Pa = &RangeTable{id: 181}
	_Phoenician = &RangeTable{id: 182}
	_Pi = &RangeTable{id: 183}
	_Po = &RangeTable{id: 184}
	_Prepended_Concatenation_Mark = &RangeTable{id: 185}
	_Ps = &RangeTable{id: 186}
	_Psalter_Pahlavi = &RangeTable{id: 187}
	_Quotation_Mark = &RangeTable{id: 188}
	_Radical = &RangeTable{id: 189}
	_Regional_Indicator = &RangeTable{id: 190}
	_Rejang = &RangeTable{id: 191}
	_Runic = &RangeTable{id: 192}
	_S = &RangeTable{id: 193}
	_STerm = &RangeTable{id: 194}
	_Samaritan = &RangeTable{id: 195}
	_Saurashtra = &RangeTable{id: 196}
	_Sc = &RangeTable{id: 197}
	_Sentence_Terminal = &RangeTable{id: 198}
	_Sharada = &RangeTable{id: 199}
	_Shavian = &RangeTable{id: 200}
	_Siddham = &RangeTable{id: 201}
	_Sidetic = &RangeTable{id: 202}
	_SignWriting = &RangeTable{id: 203}
	_Sinhala = &RangeTable{id: 204}
	_Sk = &RangeTable{id: 205}
	_Sm = &RangeTable{id: 206}
	_So = &RangeTable{id: 207}
	_Soft_Dotted = &RangeTable{id: 208}
	_Sogdian = &RangeTable{id: 209}
	_Sora_Sompeng = &RangeTable{id: 210}
	_Soyombo = &RangeTable{id: 211}
	_Sundanese = &RangeTable{id: 212}
	_Sunuwar = &RangeTable{id: 213}
	_Syloti_Nagri = &RangeTable{id: 214}
	_Syriac = &RangeTable{id: 215}
	_Tagalog = &RangeTable{id: 216}
	_Tagbanwa = &RangeTable{id: 217}
	_Tai_Le = &RangeTable{id: 218}
	_Tai_Tham = &RangeTable{id: 219}
	_Tai_Viet = &RangeTable{id: 220}
	_Tai_Yo = &RangeTable{id: 221}
	_Takri = &RangeTable{id: 222}
	_Tamil = &RangeTable{id: 223}
	_Tangsa = &RangeTable{id: 224}
	_Tangut = &RangeTable{id: 225}
	_Telugu = &RangeTable{id: 226}
	_Terminal_Punctuation = &RangeTable{id: 227}
	_Thaana = &RangeTable{id: 228}
	_Thai = &RangeTable{id: 229}
	_Tibetan = &RangeTable{id: 230}
	_Tifinagh = &RangeTable{id: 231}
	_Tirhuta = &RangeTable{id: 232}
	_Todhri = &RangeTable{id: 233}
	_Tolong_Siki = &RangeTable{id: 234}
	_Toto = &RangeTable{id: 235}
	_Tulu_Tigalari = &RangeTable{id: 236}
	_Ugaritic = &RangeTable{id: 237}
	_Unified_Ideograph = &RangeTable{id: 238}
	_Vai = &RangeTable{id: 239}
	_Variation_Selector = &RangeTable{id: 240}
	_Vithkuqi = &RangeTable{id: 241}
	_Wancho = &RangeTable{id: 242}
	_Warang_Citi = &RangeTable{id: 243}
	_White_Space = &RangeTable{id: 244}
	_Yezidi = &RangeTable{id: 245}
	_Yi = &RangeTable{id: 246}
	_Z = &RangeTable{id: 247}
	_Zanabazar_Square = &RangeTable{id: 248}
	_Zl = &RangeTable{id: 249}
	_Zp = &RangeTable{id: 250}
	_Zs = &RangeTable{id: 251}
)

// Exported tables, as Go's tables.go names them.
var (
	Cc = _Cc
	Cf = _Cf
	Cn = _Cn
	Co = _Co
	Cs = _Cs
	Digit = _Nd
	Nd = _Nd
	LC = _LC
	Letter = _L
	L = _L
	Lm = _Lm
	Lo = _Lo
	Lower = _Ll
	Ll = _Ll
	Mark = _M
	M = _M
	Mc = _Mc
	Me = _Me
	Mn = _Mn
	Nl = _Nl
	No = _No
	Number = _N
	N = _N
	Other = _C
	C = _C
	Pc = _Pc
	Pd = _Pd
	Pe = _Pe
	Pf = _Pf
	Pi = _Pi
	Po = _Po
	Ps = _Ps
	Punct = _P
	P = _P
	Sc = _Sc
	Sk = _Sk
	Sm = _Sm
	So = _So
	Space = _Z
	Z = _Z
	Symbol = _S
	S = _S
	Title = _Lt
	Lt = _Lt
	Upper = _Lu
	Lu = _Lu
	Zl = _Zl
	Zp = _Zp
	Zs = _Zs
	Adlam = _Adlam
	Ahom = _Ahom
	Anatolian_Hieroglyphs = _Anatolian_Hieroglyphs
	Arabic = _Arabic
	Armenian = _Armenian
	Avestan = _Avestan
	Balinese = _Balinese
	Bamum = _Bamum
	Bassa_Vah = _Bassa_Vah
	Batak = _Batak
	Bengali = _Bengali
	Beria_Erfe = _Beria_Erfe
	Bhaiksuki = _Bhaiksuki
	Bopomofo = _Bopomofo
	Brahmi = _Brahmi
	Braille = _Braille
	Buginese = _Buginese
	Buhid = _Buhid
	Canadian_Aboriginal = _Canadian_Aboriginal
	Carian = _Carian
	Caucasian_Albanian = _Caucasian_Albanian
	Chakma = _Chakma
	Cham = _Cham
	Cherokee = _Cherokee
	Chorasmian = _Chorasmian
	Common = _Common
	Coptic = _Coptic
	Cuneiform = _Cuneiform
	Cypriot = _Cypriot
	Cypro_Minoan = _Cypro_Minoan
	Cyrillic = _Cyrillic
	Deseret = _Deseret
	Devanagari = _Devanagari
	Dives_Akuru = _Dives_Akuru
	Dogra = _Dogra
	Duployan = _Duployan
	Egyptian_Hieroglyphs = _Egyptian_Hieroglyphs
	Elbasan = _Elbasan
	Elymaic = _Elymaic
	Ethiopic = _Ethiopic
	Garay = _Garay
	Georgian = _Georgian
	Glagolitic = _Glagolitic
	Gothic = _Gothic
	Grantha = _Grantha
	Greek = _Greek
	Gujarati = _Gujarati
	Gunjala_Gondi = _Gunjala_Gondi
	Gurmukhi = _Gurmukhi
	Gurung_Khema = _Gurung_Khema
	Han = _Han
	Hangul = _Hangul
	Hanifi_Rohingya = _Hanifi_Rohingya
	Hanunoo = _Hanunoo
	Hatran = _Hatran
	Hebrew = _Hebrew
	Hiragana = _Hiragana
	Imperial_Aramaic = _Imperial_Aramaic
	Inherited = _Inherited
	Inscriptional_Pahlavi = _Inscriptional_Pahlavi
	Inscriptional_Parthian = _Inscriptional_Parthian
	Javanese = _Javanese
	Kaithi = _Kaithi
	Kannada = _Kannada
	Katakana = _Katakana
	Kawi = _Kawi
	Kayah_Li = _Kayah_Li
	Kharoshthi = _Kharoshthi
	Khitan_Small_Script = _Khitan_Small_Script
	Khmer = _Khmer
	Khojki = _Khojki
	Khudawadi = _Khudawadi
	Kirat_Rai = _Kirat_Rai
	Lao = _Lao
	Latin = _Latin
	Lepcha = _Lepcha
	Limbu = _Limbu
	Linear_A = _Linear_A
	Linear_B = _Linear_B
	Lisu = _Lisu
	Lycian = _Lycian
	Lydian = _Lydian
	Mahajani = _Mahajani
	Makasar = _Makasar
	Malayalam = _Malayalam
	Mandaic = _Mandaic
	Manichaean = _Manichaean
	Marchen = _Marchen
	Masaram_Gondi = _Masaram_Gondi
	Medefaidrin = _Medefaidrin
	Meetei_Mayek = _Meetei_Mayek
	Mende_Kikakui = _Mende_Kikakui
	Meroitic_Cursive = _Meroitic_Cursive
	Meroitic_Hieroglyphs = _Meroitic_Hieroglyphs
	Miao = _Miao
	Modi = _Modi
	Mongolian = _Mongolian
	Mro = _Mro
	Multani = _Multani
	Myanmar = _Myanmar
	Nabataean = _Nabataean
	Nag_Mundari = _Nag_Mundari
	Nandinagari = _Nandinagari
	New_Tai_Lue = _New_Tai_Lue
	Newa = _Newa
	Nko = _Nko
	Nushu = _Nushu
	Nyiakeng_Puachue_Hmong = _Nyiakeng_Puachue_Hmong
	Ogham = _Ogham
	Ol_Chiki = _Ol_Chiki
	Ol_Onal = _Ol_Onal
	Old_Hungarian = _Old_Hungarian
	Old_Italic = _Old_Italic
	Old_North_Arabian = _Old_North_Arabian
	Old_Permic = _Old_Permic
	Old_Persian = _Old_Persian
	Old_Sogdian = _Old_Sogdian
	Old_South_Arabian = _Old_South_Arabian
	Old_Turkic = _Old_Turkic
	Old_Uyghur = _Old_Uyghur
	Oriya = _Oriya
	Osage = _Osage
	Osmanya = _Osmanya
	Pahawh_Hmong = _Pahawh_Hmong
	Palmyrene = _Palmyrene
	Pau_Cin_Hau = _Pau_Cin_Hau
	Phags_Pa = _Phags_Pa
	Phoenician = _Phoenician
	Psalter_Pahlavi = _Psalter_Pahlavi
	Rejang = _Rejang
	Runic = _Runic
	Samaritan = _Samaritan
	Saurashtra = _Saurashtra
	Sharada = _Sharada
	Shavian = _Shavian
	Siddham = _Siddham
	Sidetic = _Sidetic
	SignWriting = _SignWriting
	Sinhala = _Sinhala
	Sogdian = _Sogdian
	Sora_Sompeng = _Sora_Sompeng
	Soyombo = _Soyombo
	Sundanese = _Sundanese
	Sunuwar = _Sunuwar
	Syloti_Nagri = _Syloti_Nagri
	Syriac = _Syriac
	Tagalog = _Tagalog
	Tagbanwa = _Tagbanwa
	Tai_Le = _Tai_Le
	Tai_Tham = _Tai_Tham
	Tai_Viet = _Tai_Viet
	Tai_Yo = _Tai_Yo
	Takri = _Takri
	Tamil = _Tamil
	Tangsa = _Tangsa
	Tangut = _Tangut
	Telugu = _Telugu
	Thaana = _Thaana
	Thai = _Thai
	Tibetan = _Tibetan
	Tifinagh = _Tifinagh
	Tirhuta = _Tirhuta
	Todhri = _Todhri
	Tolong_Siki = _Tolong_Siki
	Toto = _Toto
	Tulu_Tigalari = _Tulu_Tigalari
	Ugaritic = _Ugaritic
	Vai = _Vai
	Vithkuqi = _Vithkuqi
	Wancho = _Wancho
	Warang_Citi = _Warang_Citi
	Yezidi = _Yezidi
	Yi = _Yi
	Zanabazar_Square = _Zanabazar_Square
	ASCII_Hex_Digit = _ASCII_Hex_Digit
	Bidi_Control = _Bidi_Control
	Dash = _Dash
	Deprecated = _Deprecated
	Diacritic = _Diacritic
	Extender = _Extender
	Hex_Digit = _Hex_Digit
	Hyphen = _Hyphen
	IDS_Binary_Operator = _IDS_Binary_Operator
	IDS_Trinary_Operator = _IDS_Trinary_Operator
	IDS_Unary_Operator = _IDS_Unary_Operator
	ID_Compat_Math_Continue = _ID_Compat_Math_Continue
	ID_Compat_Math_Start = _ID_Compat_Math_Start
	Ideographic = _Ideographic
	Join_Control = _Join_Control
	Logical_Order_Exception = _Logical_Order_Exception
	Modifier_Combining_Mark = _Modifier_Combining_Mark
	Noncharacter_Code_Point = _Noncharacter_Code_Point
	Other_Alphabetic = _Other_Alphabetic
	Other_Default_Ignorable_Code_Point = _Other_Default_Ignorable_Code_Point
	Other_Grapheme_Extend = _Other_Grapheme_Extend
	Other_ID_Continue = _Other_ID_Continue
	Other_ID_Start = _Other_ID_Start
	Other_Lowercase = _Other_Lowercase
	Other_Math = _Other_Math
	Other_Uppercase = _Other_Uppercase
	Pattern_Syntax = _Pattern_Syntax
	Pattern_White_Space = _Pattern_White_Space
	Prepended_Concatenation_Mark = _Prepended_Concatenation_Mark
	Quotation_Mark = _Quotation_Mark
	Radical = _Radical
	Regional_Indicator = _Regional_Indicator
	STerm = _Sentence_Terminal
	Sentence_Terminal = _Sentence_Terminal
	Soft_Dotted = _Soft_Dotted
	Terminal_Punctuation = _Terminal_Punctuation
	Unified_Ideograph = _Unified_Ideograph
	Variation_Selector = _Variation_Selector
	White_Space = _White_Space
)

// Categories is the set of Unicode category tables.
var Categories = map[string]*RangeTable{
	"C": C,
	"Cc": Cc,
	"Cf": Cf,
	"Cn": Cn,
	"Co": Co,
	"Cs": Cs,
	"L": L,
	"LC": LC,
	"Ll": Ll,
	"Lm": Lm,
	"Lo": Lo,
	"Lt": Lt,
	"Lu": Lu,
	"M": M,
	"Mc": Mc,
	"Me": Me,
	"Mn": Mn,
	"N": N,
	"Nd": Nd,
	"Nl": Nl,
	"No": No,
	"P": P,
	"Pc": Pc,
	"Pd": Pd,
	"Pe": Pe,
	"Pf": Pf,
	"Pi": Pi,
	"Po": Po,
	"Ps": Ps,
	"S": S,
	"Sc": Sc,
	"Sk": Sk,
	"Sm": Sm,
	"So": So,
	"Z": Z,
	"Zl": Zl,
	"Zp": Zp,
	"Zs": Zs,
}

// Scripts is the set of Unicode script tables.
var Scripts = map[string]*RangeTable{
	"Adlam": Adlam,
	"Ahom": Ahom,
	"Anatolian_Hieroglyphs": Anatolian_Hieroglyphs,
	"Arabic": Arabic,
	"Armenian": Armenian,
	"Avestan": Avestan,
	"Balinese": Balinese,
	"Bamum": Bamum,
	"Bassa_Vah": Bassa_Vah,
	"Batak": Batak,
	"Bengali": Bengali,
	"Beria_Erfe": Beria_Erfe,
	"Bhaiksuki": Bhaiksuki,
	"Bopomofo": Bopomofo,
	"Brahmi": Brahmi,
	"Braille": Braille,
	"Buginese": Buginese,
	"Buhid": Buhid,
	"Canadian_Aboriginal": Canadian_Aboriginal,
	"Carian": Carian,
	"Caucasian_Albanian": Caucasian_Albanian,
	"Chakma": Chakma,
	"Cham": Cham,
	"Cherokee": Cherokee,
	"Chorasmian": Chorasmian,
	"Common": Common,
	"Coptic": Coptic,
	"Cuneiform": Cuneiform,
	"Cypriot": Cypriot,
	"Cypro_Minoan": Cypro_Minoan,
	"Cyrillic": Cyrillic,
	"Deseret": Deseret,
	"Devanagari": Devanagari,
	"Dives_Akuru": Dives_Akuru,
	"Dogra": Dogra,
	"Duployan": Duployan,
	"Egyptian_Hieroglyphs": Egyptian_Hieroglyphs,
	"Elbasan": Elbasan,
	"Elymaic": Elymaic,
	"Ethiopic": Ethiopic,
	"Garay": Garay,
	"Georgian": Georgian,
	"Glagolitic": Glagolitic,
	"Gothic": Gothic,
	"Grantha": Grantha,
	"Greek": Greek,
	"Gujarati": Gujarati,
	"Gunjala_Gondi": Gunjala_Gondi,
	"Gurmukhi": Gurmukhi,
	"Gurung_Khema": Gurung_Khema,
	"Han": Han,
	"Hangul": Hangul,
	"Hanifi_Rohingya": Hanifi_Rohingya,
	"Hanunoo": Hanunoo,
	"Hatran": Hatran,
	"Hebrew": Hebrew,
	"Hiragana": Hiragana,
	"Imperial_Aramaic": Imperial_Aramaic,
	"Inherited": Inherited,
	"Inscriptional_Pahlavi": Inscriptional_Pahlavi,
	"Inscriptional_Parthian": Inscriptional_Parthian,
	"Javanese": Javanese,
	"Kaithi": Kaithi,
	"Kannada": Kannada,
	"Katakana": Katakana,
	"Kawi": Kawi,
	"Kayah_Li": Kayah_Li,
	"Kharoshthi": Kharoshthi,
	"Khitan_Small_Script": Khitan_Small_Script,
	"Khmer": Khmer,
	"Khojki": Khojki,
	"Khudawadi": Khudawadi,
	"Kirat_Rai": Kirat_Rai,
	"Lao": Lao,
	"Latin": Latin,
	"Lepcha": Lepcha,
	"Limbu": Limbu,
	"Linear_A": Linear_A,
	"Linear_B": Linear_B,
	"Lisu": Lisu,
	"Lycian": Lycian,
	"Lydian": Lydian,
	"Mahajani": Mahajani,
	"Makasar": Makasar,
	"Malayalam": Malayalam,
	"Mandaic": Mandaic,
	"Manichaean": Manichaean,
	"Marchen": Marchen,
	"Masaram_Gondi": Masaram_Gondi,
	"Medefaidrin": Medefaidrin,
	"Meetei_Mayek": Meetei_Mayek,
	"Mende_Kikakui": Mende_Kikakui,
	"Meroitic_Cursive": Meroitic_Cursive,
	"Meroitic_Hieroglyphs": Meroitic_Hieroglyphs,
	"Miao": Miao,
	"Modi": Modi,
	"Mongolian": Mongolian,
	"Mro": Mro,
	"Multani": Multani,
	"Myanmar": Myanmar,
	"Nabataean": Nabataean,
	"Nag_Mundari": Nag_Mundari,
	"Nandinagari": Nandinagari,
	"New_Tai_Lue": New_Tai_Lue,
	"Newa": Newa,
	"Nko": Nko,
	"Nushu": Nushu,
	"Nyiakeng_Puachue_Hmong": Nyiakeng_Puachue_Hmong,
	"Ogham": Ogham,
	"Ol_Chiki": Ol_Chiki,
	"Ol_Onal": Ol_Onal,
	"Old_Hungarian": Old_Hungarian,
	"Old_Italic": Old_Italic,
	"Old_North_Arabian": Old_North_Arabian,
	"Old_Permic": Old_Permic,
	"Old_Persian": Old_Persian,
	"Old_Sogdian": Old_Sogdian,
	"Old_South_Arabian": Old_South_Arabian,
	"Old_Turkic": Old_Turkic,
	"Old_Uyghur": Old_Uyghur,
	"Oriya": Oriya,
	"Osage": Osage,
	"Osmanya": Osmanya,
	"Pahawh_Hmong": Pahawh_Hmong,
	"Palmyrene": Palmyrene,
	"Pau_Cin_Hau": Pau_Cin_Hau,
	"Phags_Pa": Phags_Pa,
	"Phoenician": Phoenician,
	"Psalter_Pahlavi": Psalter_Pahlavi,
	"Rejang": Rejang,
	"Runic": Runic,
	"Samaritan": Samaritan,
	"Saurashtra": Saurashtra,
	"Sharada": Sharada,
	"Shavian": Shavian,
	"Siddham": Siddham,
	"Sidetic": Sidetic,
	"SignWriting": SignWriting,
	"Sinhala": Sinhala,
	"Sogdian": Sogdian,
	"Sora_Sompeng": Sora_Sompeng,
	"Soyombo": Soyombo,
	"Sundanese": Sundanese,
	"Sunuwar": Sunuwar,
	"Syloti_Nagri": Syloti_Nagri,
	"Syriac": Syriac,
	"Tagalog": Tagalog,
	"Tagbanwa": Tagbanwa,
	"Tai_Le": Tai_Le,
	"Tai_Tham": Tai_Tham,
	"Tai_Viet": Tai_Viet,
	"Tai_Yo": Tai_Yo,
	"Takri": Takri,
	"Tamil": Tamil,
	"Tangsa": Tangsa,
	"Tangut": Tangut,
	"Telugu": Telugu,
	"Thaana": Thaana,
	"Thai": Thai,
	"Tibetan": Tibetan,
	"Tifinagh": Tifinagh,
	"Tirhuta": Tirhuta,
	"Todhri": Todhri,
	"Tolong_Siki": Tolong_Siki,
	"Toto": Toto,
	"Tulu_Tigalari": Tulu_Tigalari,
	"Ugaritic": Ugaritic,
	"Vai": Vai,
	"Vithkuqi": Vithkuqi,
	"Wancho": Wancho,
	"Warang_Citi": Warang_Citi,
	"Yezidi": Yezidi,
	"Yi": Yi,
	"Zanabazar_Square": Zanabazar_Square,
}

// Properties is the set of Unicode property tables.
var Properties = map[string]*RangeTable{
	"ASCII_Hex_Digit": ASCII_Hex_Digit,
	"Bidi_Control": Bidi_Control,
	"Dash": Dash,
	"Deprecated": Deprecated,
	"Diacritic": Diacritic,
	"Extender": Extender,
	"Hex_Digit": Hex_Digit,
	"Hyphen": Hyphen,
	"IDS_Binary_Operator": IDS_Binary_Operator,
	"IDS_Trinary_Operator": IDS_Trinary_Operator,
	"IDS_Unary_Operator": IDS_Unary_Operator,
	"ID_Compat_Math_Continue": ID_Compat_Math_Continue,
	"ID_Compat_Math_Start": ID_Compat_Math_Start,
	"Ideographic": Ideographic,
	"Join_Control": Join_Control,
	"Logical_Order_Exception": Logical_Order_Exception,
	"Modifier_Combining_Mark": Modifier_Combining_Mark,
	"Noncharacter_Code_Point": Noncharacter_Code_Point,
	"Other_Alphabetic": Other_Alphabetic,
	"Other_Default_Ignorable_Code_Point": Other_Default_Ignorable_Code_Point,
	"Other_Grapheme_Extend": Other_Grapheme_Extend,
	"Other_ID_Continue": Other_ID_Continue,
	"Other_ID_Start": Other_ID_Start,
	"Other_Lowercase": Other_Lowercase,
	"Other_Math": Other_Math,
	"Other_Uppercase": Other_Uppercase,
	"Pattern_Syntax": Pattern_Syntax,
	"Pattern_White_Space": Pattern_White_Space,
	"Prepended_Concatenation_Mark": Prepended_Concatenation_Mark,
	"Quotation_Mark": Quotation_Mark,
	"Radical": Radical,
	"Regional_Indicator": Regional_Indicator,
	"Sentence_Terminal": Sentence_Terminal,
	"STerm": Sentence_Terminal,
	"Soft_Dotted": Soft_Dotted,
	"Terminal_Punctuation": Terminal_Punctuation,
	"Unified_Ideograph": Unified_Ideograph,
	"Variation_Selector": Variation_Selector,
	"White_Space": White_Space,
}

// CategoryAliases maps category aliases to standard category names.
var CategoryAliases = map[string]string{
	"Cased_Letter":          "LC",
	"Close_Punctuation":     "Pe",
	"Combining_Mark":        "M",
	"Connector_Punctuation": "Pc",
	"Control":               "Cc",
	"Currency_Symbol":       "Sc",
	"Dash_Punctuation":      "Pd",
	"Decimal_Number":        "Nd",
	"Enclosing_Mark":        "Me",
	"Final_Punctuation":     "Pf",
	"Format":                "Cf",
	"Initial_Punctuation":   "Pi",
	"Letter":                "L",
	"Letter_Number":         "Nl",
	"Line_Separator":        "Zl",
	"Lowercase_Letter":      "Ll",
	"Mark":                  "M",
	"Math_Symbol":           "Sm",
	"Modifier_Letter":       "Lm",
	"Modifier_Symbol":       "Sk",
	"Nonspacing_Mark":       "Mn",
	"Number":                "N",
	"Open_Punctuation":      "Ps",
	"Other":                 "C",
	"Other_Letter":          "Lo",
	"Other_Number":          "No",
	"Other_Punctuation":     "Po",
	"Other_Symbol":          "So",
	"Paragraph_Separator":   "Zp",
	"Private_Use":           "Co",
	"Punctuation":           "P",
	"Separator":             "Z",
	"Space_Separator":       "Zs",
	"Spacing_Mark":          "Mc",
	"Surrogate":             "Cs",
	"Symbol":                "S",
	"Titlecase_Letter":      "Lt",
	"Unassigned":            "Cn",
	"Uppercase_Letter":      "Lu",
	"cntrl":                 "Cc",
	"digit":                 "Nd",
	"punct":                 "P",
}
