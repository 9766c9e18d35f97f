package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
	Tags  []string
}

type ByValue []Item

func (b ByValue) Len() int      { return len(b) }
func (b ByValue) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b ByValue) Less(i, j int) bool {
	vi, vj := float64(b[i].Qty)*b[i].Price, float64(b[j].Qty)*b[j].Price
	if vi != vj {
		return vi > vj
	}
	return b[i].SKU < b[j].SKU
}

const data = `
# sku,name,qty,price,tags
A100,Widget,10,2.50,tools;small
B200,Gadget,3,19.99,electronics
C300,Doohickey,0,5.00,
D400,Thingamajig,7,2.50,tools;misc;small
E500,Broken Line
F600,Gizmo,x,1.00,bad
G700,Whatsit,12,1.25,misc
`

func parse(s string) ([]Item, []string) {
	var items []Item
	var problems []string
	for ln, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, ",")
		if len(f) != 5 {
			problems = append(problems, fmt.Sprintf("line %d: want 5 fields, got %d", ln, len(f)))
			continue
		}
		qty, err := strconv.Atoi(f[2])
		if err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %v", ln, err))
			continue
		}
		price, _ := strconv.ParseFloat(f[3], 64)
		var tags []string
		if f[4] != "" {
			tags = strings.Split(f[4], ";")
		}
		items = append(items, Item{f[0], f[1], qty, price, tags})
	}
	return items, problems
}

func main() {
	items, problems := parse(data)
	for _, p := range problems {
		fmt.Println("problem:", p)
	}
	sort.Sort(ByValue(items))
	fmt.Printf("%-6s|%-12s|%4s|%8s|%9s|%s\n", "SKU", "NAME", "QTY", "PRICE", "VALUE", "TAGS")
	fmt.Println(strings.Repeat("-", 50))
	total := 0.0
	byTag := map[string][]string{}
	for _, it := range items {
		v := float64(it.Qty) * it.Price
		total += v
		fmt.Printf("%-6s|%-12.10s|%4d|%8.2f|%9.2f|%v\n", it.SKU, it.Name, it.Qty, it.Price, v, it.Tags)
		for _, t := range it.Tags {
			byTag[t] = append(byTag[t], it.SKU)
		}
	}
	fmt.Printf("%-6s %36.2f\n", "TOTAL", total)
	tags := make([]string, 0, len(byTag))
	for t := range byTag {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	for _, t := range tags {
		fmt.Printf("%s: %s\n", t, strings.Join(byTag[t], ", "))
	}
	fmt.Println(byTag)
	var empty []Item
	fmt.Printf("%v %+v %d\n", empty, items[len(items)-1], len(items))
}
