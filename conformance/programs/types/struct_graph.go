package main

import "fmt"

type Employee struct {
	Name    string
	Manager *Employee
	Reports []*Employee
	Salary  int
}

func (e *Employee) AddReport(r *Employee) {
	r.Manager = e
	e.Reports = append(e.Reports, r)
}

func (e *Employee) Chain() string {
	if e.Manager == nil {
		return e.Name
	}
	return e.Name + " <- " + e.Manager.Chain()
}

func (e *Employee) TotalSalary() int {
	t := e.Salary
	for _, r := range e.Reports {
		t += r.TotalSalary()
	}
	return t
}

func (e *Employee) Print(indent string) {
	fmt.Printf("%s%s (%d)\n", indent, e.Name, e.Salary)
	for _, r := range e.Reports {
		r.Print(indent + "  ")
	}
}

func raise(e *Employee, pct int) {
	e.Salary += e.Salary * pct / 100
	for _, r := range e.Reports {
		raise(r, pct)
	}
}

func main() {
	ceo := &Employee{Name: "Ada", Salary: 300}
	cto := &Employee{Name: "Brian", Salary: 200}
	dev1 := &Employee{Name: "Cleo", Salary: 120}
	dev2 := &Employee{Name: "Dan", Salary: 110}
	cfo := &Employee{Name: "Eve", Salary: 190}
	ceo.AddReport(cto)
	ceo.AddReport(cfo)
	cto.AddReport(dev1)
	cto.AddReport(dev2)
	ceo.Print("")
	fmt.Println(dev2.Chain())
	fmt.Println(ceo.TotalSalary(), cto.TotalSalary())
	raise(cto, 10)
	fmt.Println(ceo.TotalSalary(), dev1.Salary, dev2.Salary)
	copyDev := *dev1
	copyDev.Name = "Clone"
	fmt.Println(copyDev.Name, dev1.Name, copyDev.Manager == dev1.Manager, copyDev.Manager.Name)
	fmt.Println(len(ceo.Reports), ceo.Reports[0].Reports[1].Name)
	fmt.Printf("%v %+v\n", dev2 == dev2, Employee{Name: "x"}.Reports == nil)
}
